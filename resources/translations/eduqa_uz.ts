<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uz_UZ">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About EduQA Desktop</source>
        <translation>EduQA Desktop haqida</translation>
    </message>
    <message>
        <source>Quality of education for schools: lesson observations, teachers' work, pupils' results and reports — offline.</source>
        <translation>Maktablar uchun taʼlim sifati: darslarni kuzatish, oʻqituvchilar faoliyati, oʻquvchilar natijalari va hisobotlar — internetsiz.</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Versiya:</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>Maʼlumotlar bazasi:</translation>
    </message>
    <message>
        <source>Schema version:</source>
        <translation>Sxema versiyasi:</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>Maʼlumotlar papkasi:</translation>
    </message>
</context>
<context>
    <name>AccountEditor</name>
    <message>
        <source>Change the account</source>
        <translation>Hisobni oʻzgartirish</translation>
    </message>
    <message>
        <source>New account</source>
        <translation>Yangi hisob</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Parol</translation>
    </message>
    <message>
        <source>The same password again</source>
        <translation>Shu parol yana bir bor</translation>
    </message>
    <message>
        <source>Active (may log in)</source>
        <translation>Faol (tizimga kira oladi)</translation>
    </message>
    <message>
        <source>Login name:</source>
        <translation>Kirish nomi:</translation>
    </message>
    <message>
        <source>Name shown:</source>
        <translation>Koʻrsatiladigan ism:</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Rol:</translation>
    </message>
    <message>
        <source>School:</source>
        <translation>Maktab:</translation>
    </message>
    <message>
        <source>Schools:</source>
        <translation>Maktablar:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Parol:</translation>
    </message>
    <message>
        <source>Again:</source>
        <translation>Yana bir bor:</translation>
    </message>
    <message>
        <source>Write a login name.</source>
        <translation>Kirish nomini yozing.</translation>
    </message>
    <message>
        <source>Choose the school of this account.</source>
        <translation>Bu hisob maktabini tanlang.</translation>
    </message>
    <message>
        <source>Tick the schools this methodologist or inspector works with.</source>
        <translation>Bu metodist yoki inspektor ishlaydigan maktablarni belgilang.</translation>
    </message>
    <message>
        <source>A password needs at least {count} characters.</source>
        <translation>Parol kamida {count} belgidan iborat boʻlishi kerak.</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>Ikki parol bir xil emas.</translation>
    </message>
</context>
<context>
    <name>AccountMenus</name>
    <message>
        <source>administrator</source>
        <translation>administrator</translation>
    </message>
    <message>
        <source>methodologist / inspector</source>
        <translation>metodist / inspektor</translation>
    </message>
    <message>
        <source>school</source>
        <translation>maktab</translation>
    </message>
    <message>
        <source>viewer</source>
        <translation>faqat koʻrish</translation>
    </message>
    <message>
        <source>Accounts…</source>
        <translation>Hisoblar…</translation>
    </message>
    <message>
        <source>Log out / switch user…</source>
        <translation>Chiqish / foydalanuvchini almashtirish…</translation>
    </message>
    <message>
        <source>Logged in: {name} ({role})</source>
        <translation>Tizimda: {name} ({role})</translation>
    </message>
</context>
<context>
    <name>AccountsDialog</name>
    <message>
        <source>Accounts</source>
        <translation>Hisoblar</translation>
    </message>
    <message>
        <source>No accounts yet: anyone who opens this database may do everything. Add the first administrator, and from then on everyone logs in with their own name and password.</source>
        <translation>Hozircha hisoblar yoʻq: bu bazani ochgan har kim hamma narsani qila oladi. Birinchi administratorni qoʻshing — shundan keyin har kim oʻz nomi va paroli bilan kiradi.</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Kirish nomi</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Ism</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Schools</source>
        <translation>Maktablar</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Holati</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Qoʻshish…</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Oʻzgartirish…</translation>
    </message>
    <message>
        <source>New password…</source>
        <translation>Yangi parol…</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>Oʻchirish</translation>
    </message>
    <message>
        <source>Add the administrator…</source>
        <translation>Administratorni qoʻshish…</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>oʻchirilgan</translation>
    </message>
    <message>
        <source>locked (too many wrong passwords)</source>
        <translation>bloklangan (notoʻgʻri parollar juda koʻp)</translation>
    </message>
    <message>
        <source>active</source>
        <translation>faol</translation>
    </message>
    <message>
        <source>Enable</source>
        <translation>Yoqish</translation>
    </message>
</context>
<context>
    <name>ActivitiesView</name>
    <message>
        <source>place {place}</source>
        <translation>{place}-oʻrin</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Sana</translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation>Oʻqituvchi</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Faoliyat</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Miqdor</translation>
    </message>
    <message>
        <source>Level and place</source>
        <translation>Daraja va oʻrin</translation>
    </message>
    <message>
        <source>Mechanisms</source>
        <translation>Mexanizmlar</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Izoh</translation>
    </message>
    <message>
        <source>All teachers</source>
        <translation>Barcha oʻqituvchilar</translation>
    </message>
    <message>
        <source>Mechanism</source>
        <translation>Mexanizm</translation>
    </message>
    <message>
        <source>All mechanisms</source>
        <translation>Barcha mexanizmlar</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Dan</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Gacha</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Tozalash</translation>
    </message>
    <message>
        <source>to</source>
        <translation>gacha</translation>
    </message>
    <message>
        <source>Add activity…</source>
        <translation>Faoliyat qoʻshish…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Tahrirlash…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Oʻchirish</translation>
    </message>
    <message>
        <source>Catalogue of activities…</source>
        <translation>Faoliyat turlari…</translation>
    </message>
    <message>
        <source>All activities</source>
        <translation>Barcha faoliyat turlari</translation>
    </message>
    <message>
        <source>No activity fits these filters — change them or press Clear.</source>
        <translation>Filtrlarga mos faoliyat yoʻq — ularni oʻzgartiring yoki «Tozalash»ni bosing.</translation>
    </message>
    <message>
        <source>No activities recorded yet — press “Add activity…” to record one.</source>
        <translation>Hozircha faoliyat yozuvlari yoʻq — «Faoliyat qoʻshish…»ni bosing.</translation>
    </message>
    <message>
        <source>{count} activities</source>
        <translation>Yozuvlar: {count}</translation>
    </message>
    <message>
        <source>Delete “{activity}” of {teacher} on {date}?</source>
        <translation>«{activity}» yozuvi oʻchirilsinmi ({teacher}, {date})?</translation>
    </message>
    <message>
        <source>Delete activity</source>
        <translation>Yozuvni oʻchirish</translation>
    </message>
</context>
<context>
    <name>ActivityDialog</name>
    <message>
        <source>Add activity</source>
        <translation>Yangi faoliyat</translation>
    </message>
    <message>
        <source>Edit activity</source>
        <translation>Faoliyatni tahrirlash</translation>
    </message>
    <message>
        <source>Type a name…</source>
        <translation>Ismni yozing…</translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation>Oʻqituvchi</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Faoliyat</translation>
    </message>
    <message>
        <source>Choose an activity</source>
        <translation>Faoliyat turini tanlang</translation>
    </message>
    <message>
        <source>Teacher *</source>
        <translation>Oʻqituvchi *</translation>
    </message>
    <message>
        <source>Activity *</source>
        <translation>Faoliyat *</translation>
    </message>
    <message>
        <source>Date *</source>
        <translation>Sana *</translation>
    </message>
    <message>
        <source>Quantity *</source>
        <translation>Miqdor *</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Daraja</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Oʻrin</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Izoh</translation>
    </message>
    <message>
        <source>* required</source>
        <translation>* majburiy</translation>
    </message>
    <message>
        <source>Choose the teacher from the list.</source>
        <translation>Oʻqituvchini roʻyxatdan tanlang.</translation>
    </message>
    <message>
        <source>Choose what the teacher did.</source>
        <translation>Oʻqituvchi nima qilganini tanlang.</translation>
    </message>
    <message>
        <source>The quantity must be more than 0.</source>
        <translation>Miqdor 0 dan katta boʻlishi kerak.</translation>
    </message>
</context>
<context>
    <name>ActivityTypeForm</name>
    <message>
        <source>Activity type</source>
        <translation>Faoliyat turi</translation>
    </message>
    <message>
        <source>A professional-development course (counted in hours)</source>
        <translation>Malaka oshirish kursi (soatlarda hisoblanadi)</translation>
    </message>
    <message>
        <source>Name in Uzbek *</source>
        <translation>Oʻzbekcha nomi *</translation>
    </message>
    <message>
        <source>Name in Russian</source>
        <translation>Ruscha nomi</translation>
    </message>
    <message>
        <source>Name in English</source>
        <translation>Inglizcha nomi</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Birlik</translation>
    </message>
    <message>
        <source>Mechanisms</source>
        <translation>Mexanizmlar</translation>
    </message>
    <message>
        <source>Give the type a name in Uzbek.</source>
        <translation>Turga oʻzbekcha nom bering.</translation>
    </message>
    <message>
        <source>A course is counted in hours: choose the unit “hours”.</source>
        <translation>Kurs soatlarda hisoblanadi: «soat» birligini tanlang.</translation>
    </message>
</context>
<context>
    <name>ActivityTypesDialog</name>
    <message>
        <source>Catalogue of activities</source>
        <translation>Faoliyat turlari roʻyxati</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Faoliyat</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Birlik</translation>
    </message>
    <message>
        <source>Mechanisms</source>
        <translation>Mexanizmlar</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Yozuvlar</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Holati</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>arxivda</translation>
    </message>
    <message>
        <source>Add type…</source>
        <translation>Tur qoʻshish…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Tahrirlash…</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Arxivga</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Oʻchirish</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Qaytarish</translation>
    </message>
    <message>
        <source>Delete “{name}” from the catalogue?</source>
        <translation>«{name}» roʻyxatdan oʻchirilsinmi?</translation>
    </message>
</context>
<context>
    <name>AttentionView</name>
    <message>
        <source>Rank</source>
        <translation>Oʻrin</translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation>Oʻqituvchi</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Metodbirlashma</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Ball</translation>
    </message>
    <message>
        <source>The sum of the signals' severities</source>
        <translation>Signallar ogʻirliklarining yigʻindisi</translation>
    </message>
    <message>
        <source>Strongest reasons</source>
        <translation>Asosiy sabablar</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Eʼtibor talab etadi</translation>
    </message>
    <message>
        <source>Subjects behind</source>
        <translation>Ortda qolayotgan fanlar</translation>
    </message>
    <message>
        <source>Observers with low agreement</source>
        <translation>Muvofiqligi past kuzatuvchilar</translation>
    </message>
    <message>
        <source>No school chosen.</source>
        <translation>Maktab tanlanmagan.</translation>
    </message>
    <message>
        <source>{shown} of {staff} teachers need attention</source>
        <translation>{staff} oʻqituvchidan {shown} nafari eʼtibor talab etadi</translation>
    </message>
    <message>
        <source>results of the {quarter}</source>
        <translation>natijalar: {quarter}</translation>
    </message>
    <message>
        <source>Ranked by their signals: results against peers, declines, lessons, follow-ups, the plan, courses and new teachers. At most {share} of the staff; {ranked} teachers have some signal. Click a teacher to open the profile.</source>
        <translation>Signallar boʻyicha: parallel sinflarga nisbatan natijalar, pasayish, darslar, takroriy kuzatuvlar, reja, malaka oshirish va yosh oʻqituvchilar. Jamoaning {share} dan koʻp emas; {ranked} nafar oʻqituvchida signal bor. Profilni ochish uchun oʻqituvchini bosing.</translation>
    </message>
    <message>
        <source>No teacher has signals strong enough for the list in this quarter.</source>
        <translation>Bu chorakda hech bir oʻqituvchida roʻyxat uchun yetarli signal yoʻq.</translation>
    </message>
    <message>
        <source>Subjects behind across the school (every teacher of the subject; no teacher is ranked for it):</source>
        <translation>Butun maktab boʻyicha ortda qolayotgan fanlar (fanning barcha oʻqituvchilari; buning uchun hech bir oʻqituvchi reytingga kiritilmaydi):</translation>
    </message>
    <message>
        <source>Observers whose agreement with colleagues stays low this year (weighted κ below {kappa} with most colleagues; Observations ▸ Calibration):</source>
        <translation>Bu yil hamkasblar bilan muvofiqligi past boʻlib qolayotgan kuzatuvchilar (koʻpchilik hamkasblar bilan vaznli κ {kappa} dan past; Kuzatuvlar ▸ Kalibrlash):</translation>
    </message>
    <message>
        <source>{observer}: κ {kappa} over {lessons} co-observed lessons</source>
        <translation>{observer}: κ {kappa}, birgalikda kuzatilgan darslar: {lessons}</translation>
    </message>
</context>
<context>
    <name>BackgroundTask</name>
    <message>
        <source>Cancel</source>
        <translation>Bekor qilish</translation>
    </message>
</context>
<context>
    <name>CalibrationDialog</name>
    <message>
        <source>Lessons</source>
        <translation>Darslar</translation>
    </message>
    <message>
        <source>Pairs of levels</source>
        <translation>Darajalar juftlari</translation>
    </message>
    <message>
        <source>Same level</source>
        <translation>Mos keldi</translation>
    </message>
    <message>
        <source>Within one level</source>
        <translation>±1 daraja</translation>
    </message>
    <message>
        <source>Weighted κ</source>
        <translation>Vaznli κ</translation>
    </message>
    <message>
        <source>Calibration of observers</source>
        <translation>Kuzatuvchilarni kalibrlash</translation>
    </message>
    <message>
        <source>Academic year</source>
        <translation>Oʻquv yili</translation>
    </message>
    <message>
        <source>Observer</source>
        <translation>Kuzatuvchi</translation>
    </message>
    <message>
        <source>Against colleagues</source>
        <translation>Hamkasblardan farq</translation>
    </message>
    <message>
        <source>Levels above (+) or below (−) the colleagues' on the same lessons, on average</source>
        <translation>Oʻsha darslarda hamkasblarnikidan oʻrtacha yuqori (+) yoki past (−) darajalar</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Muvofiqlik</translation>
    </message>
    <message>
        <source>Colleague</source>
        <translation>Hamkasb</translation>
    </message>
    <message>
        <source>Against the colleague</source>
        <translation>Hamkasbdan farq</translation>
    </message>
    <message>
        <source>Agreement with each colleague</source>
        <translation>Har bir hamkasb bilan muvofiqlik</translation>
    </message>
    <message>
        <source>Criteria scored higher or lower</source>
        <translation>Yuqoriroq yoki pastroq baholangan mezonlar</translation>
    </message>
    <message>
        <source>Observers</source>
        <translation>Kuzatuvchilar</translation>
    </message>
    <message>
        <source>Calibration sessions</source>
        <translation>Kalibrlash mashgʻulotlari</translation>
    </message>
    <message>
        <source>No co-observed lessons in this year yet — choose an observation in the list and press Co-observe, or start a calibration session.</source>
        <translation>Bu yilda hali birgalikda kuzatilgan dars yoʻq — roʻyxatdan kuzatuvni tanlab, «Birga kuzatish» tugmasini bosing yoki kalibrlash mashgʻulotini boshlang.</translation>
    </message>
    <message>
        <source>New calibration session…</source>
        <translation>Yangi kalibrlash mashgʻuloti…</translation>
    </message>
    <message>
        <source>Low agreement</source>
        <translation>Muvofiqlik past</translation>
    </message>
    <message>
        <source>Meets the standard</source>
        <translation>Meʼyorga mos</translation>
    </message>
    <message>
        <source>Higher</source>
        <translation>Yuqoriroq</translation>
    </message>
    <message>
        <source>Lower</source>
        <translation>Pastroq</translation>
    </message>
    <message>
        <source>Alike</source>
        <translation>Bir xil</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Mezon</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation>Baholaydi</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Sana</translation>
    </message>
    <message>
        <source>Lesson watched</source>
        <translation>Kuzatilgan dars</translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation>Oʻqituvchi</translation>
    </message>
    <message>
        <source>{observers} observers on {lessons} co-observed lessons. Weighted κ (linear weights): {standard} or more is the usual standard for a trained observer; below {low} with most colleagues agreement is low (a setting). Low agreement: {names}.</source>
        <translation>Kuzatuvchilar: {observers}, birgalikda kuzatilgan darslar: {lessons}. Vaznli κ (chiziqli vaznlar): {standard} va undan yuqori — tayyorlangan kuzatuvchi uchun odatiy meʼyor; koʻpchilik hamkasblar bilan {low} dan past — muvofiqlik past (sozlama). Muvofiqligi past: {names}.</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>hech kim</translation>
    </message>
    <message>
        <source>New calibration session</source>
        <translation>Yangi kalibrlash mashgʻuloti</translation>
    </message>
    <message>
        <source>Which lesson do the observers watch together? (for example: video of a grade 7 algebra lesson). Each observer then scores it and uses Co-observe.</source>
        <translation>Kuzatuvchilar qaysi darsni birga koʻradi? (masalan: 7-sinf algebra darsining videosi). Keyin har bir kuzatuvchi uni baholaydi va «Birga kuzatish»dan foydalanadi.</translation>
    </message>
</context>
<context>
    <name>ChartPanel</name>
    <message>
        <source>Back</source>
        <translation>Orqaga</translation>
    </message>
    <message>
        <source>Back to the whole chart</source>
        <translation>Toʻliq diagrammaga qaytish</translation>
    </message>
    <message>
        <source>Save this chart as a PNG picture</source>
        <translation>Diagrammani PNG rasm sifatida saqlash</translation>
    </message>
    <message>
        <source>Copy the chart's data as a table</source>
        <translation>Diagramma maʼlumotlarini jadval sifatida nusxalash</translation>
    </message>
    <message>
        <source>Save the chart as a picture</source>
        <translation>Diagrammani rasm sifatida saqlash</translation>
    </message>
    <message>
        <source>PNG picture (*.png)</source>
        <translation>PNG rasm (*.png)</translation>
    </message>
    <message>
        <source>The picture could not be written to {path}. Choose another folder.</source>
        <translation>Rasmni {path} ga yozib boʻlmadi. Boshqa papkani tanlang.</translation>
    </message>
</context>
<context>
    <name>ChecklistEditor</name>
    <message>
        <source>Checklists</source>
        <translation>Nazorat varaqalari</translation>
    </message>
    <message>
        <source>Show archived</source>
        <translation>Arxivdagilarni koʻrsatish</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Yangi</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Nusxa</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Arxivga</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Yuqoriga</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Pastga</translation>
    </message>
    <message>
        <source>Import .xlsx…</source>
        <translation>.xlsx dan import…</translation>
    </message>
    <message>
        <source>Export .xlsx…</source>
        <translation>.xlsx ga eksport…</translation>
    </message>
    <message>
        <source>Export XLSForm…</source>
        <translation>XLSForm ga eksport…</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Saqlash</translation>
    </message>
    <message>
        <source>Undo changes</source>
        <translation>Oʻzgarishlarni bekor qilish</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Yopish</translation>
    </message>
    <message>
        <source>{name} · version {version}</source>
        <translation>{name} · {version}-versiya</translation>
    </message>
    <message>
        <source>{name} (archived)</source>
        <translation>{name} (arxivda)</translation>
    </message>
    <message>
        <source>{name}
Out of date: {languages}</source>
        <translation>{name}
Eskirgan: {languages}</translation>
    </message>
    <message>
        <source>Save the changes to this checklist?</source>
        <translation>Bu nazorat varaqasidagi oʻzgarishlar saqlansinmi?</translation>
    </message>
    <message>
        <source>A new checklist, not saved yet.</source>
        <translation>Yangi nazorat varaqasi, hali saqlanmagan.</translation>
    </message>
    <message>
        <source>Version {version}, used by {count} observations: saving makes version {next}, and those observations keep version {version}.</source>
        <translation>{version}-versiya, kuzatuvlarda ishlatilgan: {count}. Saqlanganda {next}-versiya paydo boʻladi, bu kuzatuvlar esa {version}-versiyada qoladi.</translation>
    </message>
    <message>
        <source>Version {version}, not used by any observation yet.</source>
        <translation>{version}-versiya, hali birorta kuzatuvda ishlatilmagan.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Arxivdan qaytarish</translation>
    </message>
    <message>
        <source>Save as a new version</source>
        <translation>Yangi versiya sifatida saqlash</translation>
    </message>
    <message>
        <source>{count} observations use this checklist. Save the changes as version {next}? Those observations keep version {version}.</source>
        <translation>Bu nazorat varaqasi kuzatuvlarda ishlatilgan: {count}. Oʻzgarishlar {next}-versiya sifatida saqlansinmi? Bu kuzatuvlar {version}-versiyada qoladi.</translation>
    </message>
    <message>
        <source>New checklist</source>
        <translation>Yangi nazorat varaqasi</translation>
    </message>
    <message>
        <source>Section 1</source>
        <translation>1-boʻlim</translation>
    </message>
    <message>
        <source>{name} (copy)</source>
        <translation>{name} (nusxa)</translation>
    </message>
    <message>
        <source>Import a checklist</source>
        <translation>Nazorat varaqasini import qilish</translation>
    </message>
    <message>
        <source>Export the checklist</source>
        <translation>Nazorat varaqasini eksport qilish</translation>
    </message>
    <message>
        <source>Export the checklist as XLSForm</source>
        <translation>Nazorat varaqasini XLSForm sifatida eksport qilish</translation>
    </message>
</context>
<context>
    <name>ChecklistImport</name>
    <message>
        <source>Reading the file…</source>
        <translation>Fayl oʻqilmoqda…</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Import qilinmoqda…</translation>
    </message>
    <message>
        <source>Imported {file}: checklist version {version}</source>
        <translation>{file} import qilindi: nazorat varaqasi, {version}-versiya</translation>
    </message>
</context>
<context>
    <name>ChecklistImportPreview</name>
    <message>
        <source>Import a checklist — {file}</source>
        <translation>Nazorat varaqasini import qilish — {file}</translation>
    </message>
    <message>
        <source>Sections and criteria</source>
        <translation>Boʻlimlar va mezonlar</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Varaq</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Qator</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Turi</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nomi</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Sababi</translation>
    </message>
    <message>
        <source>Sections: {n}</source>
        <translation>Boʻlimlar: {n}</translation>
    </message>
    <message>
        <source>Not carried over: {n}</source>
        <translation>Koʻchirilmadi: {n}</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import qilish</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Bekor qilish</translation>
    </message>
    <message>
        <source>“{name}” will be added as a new checklist.</source>
        <translation>“{name}” yangi nazorat varaqasi sifatida qoʻshiladi.</translation>
    </message>
    <message>
        <source>“{name}” will become version {version} of the checklist of that name; observations keep the version they were made with.</source>
        <translation>“{name}” shu nomli nazorat varaqasining {version}-versiyasi boʻladi; kuzatuvlar oʻzi oʻtkazilgan versiyada qoladi.</translation>
    </message>
    <message>
        <source>“{name}” is already here, unchanged (version {version}): nothing to import.</source>
        <translation>“{name}” allaqachon bor, oʻzgarmagan ({version}-versiya): import qilinadigan narsa yoʻq.</translation>
    </message>
    <message>
        <source>XLSForm (KoboToolbox, ODK)</source>
        <translation>XLSForm (KoboToolbox, ODK)</translation>
    </message>
    <message>
        <source>checklist workbook</source>
        <translation>nazorat varaqasi fayli</translation>
    </message>
    <message>
        <source>File: {file} ({kind})</source>
        <translation>Fayl: {file} ({kind})</translation>
    </message>
    <message>
        <source>Criteria: {criteria} in {sections} sections</source>
        <translation>Mezonlar: {criteria}, boʻlimlar: {sections}</translation>
    </message>
    <message>
        <source>Scale: {levels}</source>
        <translation>Shkala: {levels}</translation>
    </message>
    <message>
        <source>Languages: {languages}</source>
        <translation>Tillar: {languages}</translation>
    </message>
    <message>
        <source>{n} rows of the form are not carried over: see “Not carried over”.</source>
        <translation>Shaklning nazorat varaqasiga koʻchirilmagan qatorlari: {n} — “Koʻchirilmadi” yorligʻiga qarang.</translation>
    </message>
</context>
<context>
    <name>ChecklistPanel</name>
    <message>
        <source>Checklist</source>
        <translation>Nazorat varaqasi</translation>
    </message>
</context>
<context>
    <name>ChecklistSpecEditor</name>
    <message>
        <source>They are up to date</source>
        <translation>Ular dolzarb</translation>
    </message>
    <message>
        <source>The texts in those languages were checked: remove the mark</source>
        <translation>Bu tillardagi matnlar tekshirildi: belgini olib tashlash</translation>
    </message>
    <message>
        <source>Texts in</source>
        <translation>Matnlar tili</translation>
    </message>
    <message>
        <source>Name*</source>
        <translation>Nomi*</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Tavsif</translation>
    </message>
    <message>
        <source>Time-on-task snapshots</source>
        <translation>Vaqtdan foydalanish kesimlari</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Yoʻq</translation>
    </message>
    <message>
        <source>10 spread over the lesson (Stallings)</source>
        <translation>Dars davomida 10 ta (Stallings)</translation>
    </message>
    <message>
        <source>3 per 15-minute segment (Teach)</source>
        <translation>Har 15 daqiqada 3 ta (Teach)</translation>
    </message>
    <message>
        <source>Sections and criteria</source>
        <translation>Boʻlimlar va mezonlar</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Shkala</translation>
    </message>
    <message>
        <source>{count} spread over the lesson</source>
        <translation>Dars davomida {count} ta</translation>
    </message>
    <message>
        <source>⚠ Out of date after a change in another language: {languages}</source>
        <translation>⚠ Boshqa tilda oʻzgartirilgandan keyin eskirgan: {languages}</translation>
    </message>
    <message>
        <source>Section / criterion</source>
        <translation>Boʻlim / mezon</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Vazn</translation>
    </message>
    <message>
        <source>Add section</source>
        <translation>Boʻlim qoʻshish</translation>
    </message>
    <message>
        <source>Add criterion</source>
        <translation>Mezon qoʻshish</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Oʻchirish</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Yuqoriga surish</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Pastga surish</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Daraja</translation>
    </message>
    <message>
        <source>What it looks like</source>
        <translation>Qanday koʻrinadi</translation>
    </message>
    <message>
        <source>Next step to suggest</source>
        <translation>Oʻqituvchiga nima taklif qilish</translation>
    </message>
    <message>
        <source>What to suggest when this criterion scores low, as one concrete action</source>
        <translation>Mezon past baholansa nima taklif qilish — bitta aniq harakat</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Matn</translation>
    </message>
    <message>
        <source>Mechanisms</source>
        <translation>Mexanizmlar</translation>
    </message>
    <message>
        <source>Levels</source>
        <translation>Darajalar</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Keyingi qadam</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Mezon</translation>
    </message>
    <message>
        <source>Section title</source>
        <translation>Boʻlim nomi</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>New password for “{login}”: </source>
        <translation>“{login}” uchun yangi parol: </translation>
    </message>
    <message>
        <source>The same password again: </source>
        <translation>Shu parolni yana bir bor: </translation>
    </message>
    <message>
        <source>the two passwords are not the same; nothing changed</source>
        <translation>ikki parol bir xil emas; hech narsa oʻzgarmadi</translation>
    </message>
    <message>
        <source>no password for the account “{login}”: type it when asked (in a terminal), or set EDUQA_NEW_PASSWORD for a script</source>
        <translation>“{login}” hisobi uchun parol yoʻq: soʻralganda kiriting (terminalda) yoki skript uchun EDUQA_NEW_PASSWORD ni bering</translation>
    </message>
    <message>
        <source>account “{login}” ({role}) added</source>
        <translation>“{login}” hisobi ({role}) qoʻshildi</translation>
    </message>
    <message>
        <source>account “{login}” changed</source>
        <translation>“{login}” hisobi oʻzgartirildi</translation>
    </message>
    <message>
        <source>there is no account “{login}”</source>
        <translation>“{login}” hisobi yoʻq</translation>
    </message>
    <message>
        <source>{file}: {created} to create, {updated} to update, {unchanged} unchanged</source>
        <translation>{file}: yaratiladi — {created}, yangilanadi — {updated}, oʻzgarishsiz — {unchanged}</translation>
    </message>
    <message>
        <source>{file}: {created} created, {updated} updated, {unchanged} unchanged</source>
        <translation>{file}: yaratildi — {created}, yangilandi — {updated}, oʻzgarishsiz — {unchanged}</translation>
    </message>
    <message>
        <source>“{name}” version {version}: {sections} sections, {criteria} criteria, scale {scale}, languages {languages}</source>
        <translation>“{name}”, {version}-versiya: {sections} ta boʻlim, {criteria} ta mezon, shkala {scale}, tillar: {languages}</translation>
    </message>
    <message>
        <source>not carried over: {sheet}, row {row}: {what} — {reason}</source>
        <translation>koʻchirilmadi: {sheet}, {row}-qator: {what} — {reason}</translation>
    </message>
    <message>
        <source>written: {path}</source>
        <translation>yozildi: {path}</translation>
    </message>
    <message>
        <source>error: {message}</source>
        <translation>xato: {message}</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>toʻxtatildi</translation>
    </message>
    <message>
        <source>{path}: no such database file</source>
        <translation>{path}: bunday maʼlumotlar bazasi fayli yoʻq</translation>
    </message>
    <message>
        <source>{path} is not an EduQA database.</source>
        <translation>{path} EduQA maʼlumotlar bazasi emas.</translation>
    </message>
    <message>
        <source>{path} was made by a newer version of EduQA Desktop. Install the newer version to open it.</source>
        <translation>{path} EduQA Desktopning yangiroq versiyasida yaratilgan. Uni ochish uchun yangi versiyani oʻrnating.</translation>
    </message>
    <message>
        <source>{path} cannot be read or written: {reason}</source>
        <translation>{path} faylini oʻqib yoki yozib boʻlmadi: {reason}</translation>
    </message>
    <message>
        <source>cannot connect to {path}: {reason}</source>
        <translation>{path} ga ulanib boʻlmadi: {reason}</translation>
    </message>
    <message>
        <source>{path}: the server support is not installed; install it with pip install eduqa-desktop[server]</source>
        <translation>{path}: server bilan ishlash oʻrnatilmagan; uni pip install eduqa-desktop[server] buyrugʻi bilan oʻrnating</translation>
    </message>
    <message>
        <source>{path} must be upgraded from schema {revision}, and pg_dump is not on PATH to back it up first. Ask the administrator to back up the database, then run the command again.</source>
        <translation>{path} ni {revision} sxemasidan yangilash kerak, ammo avval zaxira nusxa olish uchun pg_dump PATH da topilmadi. Administratordan maʼlumotlar bazasining zaxira nusxasini olishni soʻrang, soʻng buyruqni qayta ishga tushiring.</translation>
    </message>
    <message>
        <source>{path} must be upgraded from schema {revision}, and no backup can be made ({reason}). Has the administrator backed up the database? Upgrade without a backup? [y/N] </source>
        <translation>{path} ni {revision} sxemasidan yangilash kerak, ammo zaxira nusxa olib boʻlmaydi ({reason}). Administrator maʼlumotlar bazasining zaxira nusxasini oldimi? Zaxira nusxasiz yangilansinmi? [y/N] </translation>
    </message>
    <message>
        <source>y,yes</source>
        <translation>y,yes,h,ha</translation>
    </message>
    <message>
        <source>{path} has accounts: run the command with --user NAME (the password is asked for, or read from the environment variable EDUQA_PASSWORD).</source>
        <translation>{path} bazasida hisoblar bor: buyruqni --user NOM bilan ishga tushiring (parol soʻraladi yoki EDUQA_PASSWORD muhit oʻzgaruvchisidan olinadi).</translation>
    </message>
    <message>
        <source>no password for “{login}”: type it when asked (in a terminal), or set EDUQA_PASSWORD for a script.</source>
        <translation>“{login}” uchun parol yoʻq: soʻralganda kiriting (terminalda) yoki skript uchun EDUQA_PASSWORD ni bering.</translation>
    </message>
    <message>
        <source>Password for “{login}”: </source>
        <translation>“{login}” uchun parol: </translation>
    </message>
    <message>
        <source>conflict (kept the local copy): {what}</source>
        <translation>ziddiyat (shu kompyuterdagi nusxa qoldirildi): {what}</translation>
    </message>
    <message>
        <source>conflict (took the package's copy): {what}</source>
        <translation>ziddiyat (paketdagi nusxa olindi): {what}</translation>
    </message>
    <message>
        <source>deleted, as where the package was made: {what}</source>
        <translation>oʻchirildi, paket tayyorlangan joydagidek: {what}</translation>
    </message>
    <message>
        <source>row {row}</source>
        <translation>{row}-qator</translation>
    </message>
    <message>
        <source>column {column}</source>
        <translation>{column} ustun</translation>
    </message>
    <message>
        <source>nothing was written</source>
        <translation>hech narsa yozilmadi</translation>
    </message>
    <message>
        <source>the file's headers: {headers}. Say which is which with --map, e.g. --map "{example}"</source>
        <translation>fayl sarlavhalari: {headers}. Qaysi ustun qaysi ekanini --map bilan ayting, masalan --map "{example}"</translation>
    </message>
    <message>
        <source>The disk is full: the command could not finish and nothing was saved. Free some space and try again.</source>
        <translation>Disk toʻlgan: buyruq tugamadi va hech narsa saqlanmadi. Joy boʻshatib, qaytadan urinib koʻring.</translation>
    </message>
    <message>
        <source>A file or folder could not be written (read-only or no permission): {path}. Nothing was saved.</source>
        <translation>Fayl yoki jildga yozib boʻlmadi (faqat oʻqish uchun yoki ruxsat yoʻq): {path}. Hech narsa saqlanmadi.</translation>
    </message>
    <message>
        <source>The database is busy in another program (the app may be open with it). Close it and try again.</source>
        <translation>Maʼlumotlar bazasi boshqa dasturda band (ilovada ochiq boʻlishi mumkin). Uni yopib, qaytadan urinib koʻring.</translation>
    </message>
    <message>
        <source>The database file is damaged. Run “eduqa check” on it, or restore a backup with “eduqa restore”.</source>
        <translation>Maʼlumotlar bazasi fayli shikastlangan. Uni «eduqa check» bilan tekshiring yoki «eduqa restore» bilan zaxira nusxani tiklang.</translation>
    </message>
    <message>
        <source>The computer ran out of memory: the command could not finish and nothing was saved.</source>
        <translation>Kompyuterda xotira yetmadi: buyruq tugamadi va hech narsa saqlanmadi.</translation>
    </message>
    <message>
        <source>Something went wrong and the command could not finish; your saved data is safe.</source>
        <translation>Nimadir notoʻgʻri ketdi va buyruq tugamadi; saqlangan maʼlumotlaringiz butun.</translation>
    </message>
    <message>
        <source>Details are in the log file: {path}</source>
        <translation>Tafsilotlar jurnal faylida: {path}</translation>
    </message>
    <message>
        <source>(The log file could not be written either.)</source>
        <translation>(Jurnal fayliga ham yozib boʻlmadi.)</translation>
    </message>
    <message>
        <source>{path} already exists; choose a new file</source>
        <translation>{path} allaqachon mavjud; yangi fayl tanlang</translation>
    </message>
    <message>
        <source>school {done} of {total}</source>
        <translation>maktab: {done} / {total}</translation>
    </message>
    <message>
        <source>{path}: schools: {schools}, teachers: {teachers}, observations: {observations}, result rows: {rows}</source>
        <translation>{path}: maktablar — {schools}, oʻqituvchilar — {teachers}, kuzatuvlar — {observations}, natija qatorlari — {rows}</translation>
    </message>
    <message>
        <source>{path}: school “{name}” is ready</source>
        <translation>{path}: «{name}» maktabi tayyor</translation>
    </message>
    <message>
        <source>{file}: {school}, graduates of {year}</source>
        <translation>{file}: {school}, {year} bitiruvchilari</translation>
    </message>
    <message>
        <source>  grade {grade}: {graduates} graduates, {further} to further study, {partner} with partners</source>
        <translation>  {grade}-sinf: {graduates} bitiruvchi, {further} nafari oʻqishni davom ettirdi, {partner} nafari hamkorlarda</translation>
    </message>
    <message>
        <source>replaces what was entered for grade {grades}</source>
        <translation>{grades}-sinf uchun kiritilgan maʼlumot oʻrniga yoziladi</translation>
    </message>
    <message>
        <source>no graduates entered yet</source>
        <translation>bitiruvchilar hali kiritilmagan</translation>
    </message>
    <message>
        <source>graduates of {year}</source>
        <translation>{year} bitiruvchilari</translation>
    </message>
    <message>
        <source>no results of quarter {term} in this file</source>
        <translation>bu faylda {term}-chorak natijalari yoʻq</translation>
    </message>
    <message>
        <source>no results in {year} in this file</source>
        <translation>bu faylda {year} oʻquv yili natijalari yoʻq</translation>
    </message>
    <message>
        <source>no results in this file</source>
        <translation>bu faylda natijalar yoʻq</translation>
    </message>
    <message>
        <source>“{text}” is not a month; write it like 2026-10</source>
        <translation>«{text}» oy emas; shunday yozing: 2026-10</translation>
    </message>
    <message>
        <source>“{text}” is not a UUID</source>
        <translation>«{text}» UUID emas</translation>
    </message>
    <message>
        <source>no observation with the UUID {uuid}</source>
        <translation>UUID {uuid} boʻlgan kuzatuv yoʻq</translation>
    </message>
    <message>
        <source>{school} has no final observation in {month}</source>
        <translation>{school}: {month} oyida yakuniy kuzatuv yoʻq</translation>
    </message>
    <message>
        <source>written: {path} (observations: {count})</source>
        <translation>yozildi: {path} (kuzatuvlar — {count})</translation>
    </message>
    <message>
        <source>{text}: not a teacher id (a UUID such as the profile shows)</source>
        <translation>{text}: oʻqituvchi identifikatori emas (profilda koʻrsatilgan UUID kerak)</translation>
    </message>
    <message>
        <source>{path}: the report is written as .pdf or .xlsx</source>
        <translation>{path}: hisobot faqat .pdf yoki .xlsx sifatida yoziladi</translation>
    </message>
    <message>
        <source>written: {path} (profile of {name})</source>
        <translation>yozildi: {path} ({name} profili)</translation>
    </message>
    <message>
        <source>{path}: backup written to {target}</source>
        <translation>{path}: zaxira nusxa {target} ga yozildi</translation>
    </message>
    <message>
        <source>{path}: restored from {source}; the state before is kept in {backup}</source>
        <translation>{path}: {source} dan tiklandi; avvalgi holat {backup} da saqlandi</translation>
    </message>
    <message>
        <source>{path}: made from {source}</source>
        <translation>{path}: {source} dan yaratildi</translation>
    </message>
    <message>
        <source>  {table}: {now} → {then}</source>
        <translation>  {table}: {now} → {then}</translation>
    </message>
    <message>
        <source>  (the same number of rows in every table)</source>
        <translation>  (barcha jadvallarda qatorlar soni oʻsha-oʻsha)</translation>
    </message>
    <message>
        <source>{made}  {reason}  {file}</source>
        <translation>{made}  {reason}  {file}</translation>
    </message>
    <message>
        <source>{path}: no automatic backups yet</source>
        <translation>{path}: avtomatik zaxira nusxalar hali yoʻq</translation>
    </message>
    <message>
        <source>{path}: intact (integrity check and foreign keys: ok)</source>
        <translation>{path}: butun (yaxlitlik tekshiruvi va tashqi kalitlar: ok)</translation>
    </message>
    <message>
        <source>{path}: damaged — restore a backup with “eduqa restore” (latest good: {backup})</source>
        <translation>{path}: shikastlangan — zaxira nusxani «eduqa restore» bilan tiklang (oxirgi butuni: {backup})</translation>
    </message>
    <message>
        <source>{path}: damaged, and no good backup lies beside it; keep a copy and ask for help</source>
        <translation>{path}: shikastlangan, yonida butun zaxira nusxa yoʻq; fayl nusxasini saqlang va yordam soʻrang</translation>
    </message>
    <message>
        <source>  {problem}</source>
        <translation>  {problem}</translation>
    </message>
    <message>
        <source>{path}: the record is whole: {entries} entries, each holding the one before</source>
        <translation>{path}: oʻzgarishlar jurnali butun: {entries} ta yozuv, har biri oldingisining izini saqlaydi</translation>
    </message>
    <message>
        <source>{path}: the record was edited outside the app: the chain breaks at entry {entry} ({why}); entries from there on cannot be trusted</source>
        <translation>{path}: jurnal dasturni chetlab oʻzgartirilgan: zanjir {entry}-yozuvda uziladi ({why}); undan keyingi yozuvlarga ishonib boʻlmaydi</translation>
    </message>
    <message>
        <source>its content was changed</source>
        <translation>uning mazmuni oʻzgartirilgan</translation>
    </message>
    <message>
        <source>the entry before it was removed or changed</source>
        <translation>undan oldingi yozuv oʻchirilgan yoki oʻzgartirilgan</translation>
    </message>
    <message>
        <source>digest {digest}: entry {entry}, {action} of {entity} {uuid} at {at}</source>
        <translation>iz {digest}: {entry}-yozuv, {action} · {entity} {uuid} · {at}</translation>
    </message>
    <message>
        <source>  the record changed {count} time(s) in the app since (a correction or a deletion)</source>
        <translation>  oʻshandan beri yozuv dasturda {count} marta oʻzgargan (tuzatish yoki oʻchirish)</translation>
    </message>
    <message>
        <source>digest {digest}: no entry of the record has it — the record was edited or it is another database</source>
        <translation>iz {digest}: jurnaldagi hech bir yozuvda u yoʻq — jurnal oʻzgartirilgan yoki bu boshqa baza</translation>
    </message>
    <message>
        <source>warning: {path} lies on a network drive, where SQLite cannot lock it reliably; keep it on this computer's own disk</source>
        <translation>ogohlantirish: {path} tarmoq diskida joylashgan, u yerda SQLite uni ishonchli qulflay olmaydi; uni kompyuterning oʻz diskida saqlang</translation>
    </message>
    <message>
        <source>warning: {path} lies on a removable disk; pulled out during a write, it can be damaged</source>
        <translation>ogohlantirish: {path} olinadigan diskda joylashgan; yozish paytida chiqarib olinsa, baza shikastlanishi mumkin</translation>
    </message>
    <message>
        <source>written: {path} ({teachers} teachers, {results} results rows, {observations} observations, {activities} activities, {plan} plan entries)</source>
        <translation>yozildi: {path} ({teachers} oʻqituvchi, {results} natija qatori, {observations} kuzatuv, {activities} tadbir, {plan} reja yozuvi)</translation>
    </message>
    <message>
        <source>{file} ({school}): {created} created, {updated} updated, {unchanged} unchanged</source>
        <translation>{file} ({school}): {created} yaratildi, {updated} yangilandi, {unchanged} oʻzgarmadi</translation>
    </message>
    <message>
        <source>{file} ({school}): {created} to create, {updated} to update, {unchanged} unchanged</source>
        <translation>{file} ({school}): {created} yaratiladi, {updated} yangilanadi, {unchanged} oʻzgarmaydi</translation>
    </message>
    <message>
        <source>{file}: refused, nothing written: {reason}</source>
        <translation>{file}: rad etildi, hech narsa yozilmadi: {reason}</translation>
    </message>
    <message>
        <source>  conflict ({record} {what}): here {here}, in the package {package}</source>
        <translation>  ziddiyat ({record} {what}): bu yerda {here}, paketda {package}</translation>
    </message>
    <message>
        <source>    the package's copy was taken</source>
        <translation>    paketdagi nusxa olindi</translation>
    </message>
    <message>
        <source>  {deleted} deleted, as at school</source>
        <translation>  maktabdagidek oʻchirildi: {deleted}</translation>
    </message>
    <message>
        <source>schools that have not sent their package: {names}</source>
        <translation>paketini yubormagan maktablar: {names}</translation>
    </message>
    <message>
        <source>every school has sent its package</source>
        <translation>har bir maktab paketini yubordi</translation>
    </message>
    <message>
        <source>{school}: arrived {received} (made {made}, version {version})</source>
        <translation>{school}: keldi {received} (tayyorlangan {made}, versiya {version})</translation>
    </message>
    <message>
        <source>{school}: missing</source>
        <translation>{school}: kelmadi</translation>
    </message>
    <message>
        <source>{file}: {group}, {year} quarter {term}: {respondents} respondents, {statements} statements</source>
        <translation>{file}: {group}, {year}, {term}-chorak: {respondents} respondent, {statements} ta fikr</translation>
    </message>
    <message>
        <source>replaces the survey of this group and quarter</source>
        <translation>bu guruhning shu chorakdagi soʻrovnomasi oʻrniga yoziladi</translation>
    </message>
    <message>
        <source>the same answers are already in the database</source>
        <translation>xuddi shu javoblar bazada allaqachon bor</translation>
    </message>
    <message>
        <source>fewer than {minimum} respondents: the results stay hidden</source>
        <translation>{minimum} tadan kam respondent: natijalar koʻrsatilmaydi</translation>
    </message>
    <message>
        <source>  {dimension}: {share} agree, mean {mean}</source>
        <translation>  {dimension}: {share} qoʻshiladi, oʻrtacha {mean}</translation>
    </message>
    <message>
        <source>no surveys yet</source>
        <translation>hali soʻrovnomalar yoʻq</translation>
    </message>
    <message>
        <source>{group} ({year} quarter {term}, {respondents} respondents): {share} agree, mean {mean}</source>
        <translation>{group} ({year}, {term}-chorak, {respondents} respondent): {share} qoʻshiladi, oʻrtacha {mean}</translation>
    </message>
    <message>
        <source>written</source>
        <translation>yozildi</translation>
    </message>
</context>
<context>
    <name>CoObservation</name>
    <message>
        <source>Co-observe</source>
        <translation>Birga kuzatish</translation>
    </message>
    <message>
        <source>{count} other observations of the same lesson (teacher, class, date and period) are now linked as co-observations. Press Co-observe again to record your own.</source>
        <translation>Oʻsha darsning yana {count} ta kuzatuvi (oʻqituvchi, sinf, sana va dars) birgalikdagi kuzatuv sifatida bogʻlandi. Oʻzingiznikini yozish uchun «Birga kuzatish»ni yana bosing.</translation>
    </message>
    <message>
        <source>{name} — low agreement</source>
        <translation>{name} — muvofiqlik past</translation>
    </message>
    <message>
        <source>Agrees little with colleagues on the same lessons: see Calibration…</source>
        <translation>Oʻsha darslarda hamkasblar bilan kam mos keladi: Kalibrlash… ga qarang</translation>
    </message>
</context>
<context>
    <name>ColumnMappingPanel</name>
    <message>
        <source>Use these columns</source>
        <translation>Shu ustunlardan foydalanish</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>F.I.Sh.</translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation>Oʻqituvchi</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Sinf</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Fan</translation>
    </message>
    <message>
        <source>Pupils in class</source>
        <translation>Sinfdagi oʻquvchilar</translation>
    </message>
    <message>
        <source>Pupils with «5»</source>
        <translation>«5» olganlar</translation>
    </message>
    <message>
        <source>Pupils with «4»</source>
        <translation>«4» olganlar</translation>
    </message>
    <message>
        <source>Pupils with «3»</source>
        <translation>«3» olganlar</translation>
    </message>
    <message>
        <source>Pupils with «2»</source>
        <translation>«2» olganlar</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Sana</translation>
    </message>
    <message>
        <source>Activity type</source>
        <translation>Faoliyat turi</translation>
    </message>
    <message>
        <source>Every column of the file was recognised.</source>
        <translation>Faylning barcha ustunlari aniqlandi.</translation>
    </message>
    <message>
        <source>Some columns of the sheet “{sheet}” were not recognised. Say which of the file's headers holds each of them; the choice is remembered for files with the same headers.</source>
        <translation>“{sheet}” varagʻining ayrim ustunlari aniqlanmadi. Ularning har biri fayldagi qaysi sarlavha ostida ekanini tanlang; tanlov xuddi shunday sarlavhali fayllar uchun eslab qolinadi.</translation>
    </message>
    <message>
        <source>Header for {column}</source>
        <translation>“{column}” uchun sarlavha</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— tanlang —</translation>
    </message>
</context>
<context>
    <name>ConclusionsBox</name>
    <message>
        <source>Conclusions</source>
        <translation>Xulosalar</translation>
    </message>
    <message>
        <source>What went well</source>
        <translation>Nima yaxshi boʻldi</translation>
    </message>
    <message>
        <source>What to improve</source>
        <translation>Nimani yaxshilash kerak</translation>
    </message>
    <message>
        <source>Agreed with the teacher</source>
        <translation>Oʻqituvchi bilan kelishilgan</translation>
    </message>
    <message>
        <source>Next steps due by</source>
        <translation>Keyingi qadamlar muddati</translation>
    </message>
    <message>
        <source>Type day, month, year; Ctrl+A, Delete leaves it empty</source>
        <translation>Kun, oy, yilni yozing; Ctrl+A, Delete — muddatsiz</translation>
    </message>
    <message>
        <source>The teacher has seen this observation</source>
        <translation>Oʻqituvchi kuzatuv bilan tanishgan</translation>
    </message>
    <message>
        <source>Strengths</source>
        <translation>Kuchli tomonlar</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>Tavsiyalar</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>Keyingi qadamlar</translation>
    </message>
    <message>
        <source>Due by</source>
        <translation>Muddat</translation>
    </message>
</context>
<context>
    <name>ConflictChoices</name>
    <message>
        <source>Observation</source>
        <translation>Kuzatuv</translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation>Oʻqituvchi</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Sinf</translation>
    </message>
    <message>
        <source>Results row</source>
        <translation>Natijalar qatori</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Tadbir</translation>
    </message>
    <message>
        <source>Planned visit</source>
        <translation>Rejalashtirilgan tashrif</translation>
    </message>
    <message>
        <source>School</source>
        <translation>Maktab</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Oʻzgartirilgan</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Oʻchirilgan</translation>
    </message>
    <message>
        <source>Deleted by</source>
        <translation>Kim oʻchirgan</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Holat</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Tahrir</translation>
    </message>
    <message>
        <source>Corrections</source>
        <translation>Tuzatishlar</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Mavzu</translation>
    </message>
    <message>
        <source>Strengths</source>
        <translation>Kuchli tomonlar</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>Tavsiyalar</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>Keyingi qadamlar</translation>
    </message>
    <message>
        <source>Score (%)</source>
        <translation>Ball (%)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Ism</translation>
    </message>
    <message>
        <source>Personnel number</source>
        <translation>Tabel raqami</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Izoh</translation>
    </message>
    <message>
        <source>Subjects</source>
        <translation>Fanlar</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Toifa</translation>
    </message>
    <message>
        <source>Pupils</source>
        <translation>Oʻquvchilar</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Tuman</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Kun</translation>
    </message>
    <message>
        <source>Observer</source>
        <translation>Kuzatuvchi</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Miqdor</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Oʻrin</translation>
    </message>
</context>
<context>
    <name>ConflictChoicesPanel</name>
    <message>
        <source>File</source>
        <translation>Fayl</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Yozuv</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Nima</translation>
    </message>
    <message>
        <source>On this computer</source>
        <translation>Bu kompyuterda</translation>
    </message>
    <message>
        <source>In the package</source>
        <translation>Paketda</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Qoldirish</translation>
    </message>
    <message>
        <source>Keep all ours</source>
        <translation>Hammasida bizniki</translation>
    </message>
    <message>
        <source>Take all theirs</source>
        <translation>Hammasida paketdagi</translation>
    </message>
    <message>
        <source>Keep this computer's copy of every record</source>
        <translation>Har bir yozuv uchun bu kompyuterdagi nusxani qoldirish</translation>
    </message>
    <message>
        <source>Take the package's copy wherever it can be</source>
        <translation>Iloji boʻlgan joyda paketdagi nusxani olish</translation>
    </message>
    <message>
        <source>Ours (this computer)</source>
        <translation>Bizniki (bu kompyuter)</translation>
    </message>
    <message>
        <source>Theirs (the package)</source>
        <translation>Paketdagi</translation>
    </message>
    <message>
        <source>Keep for {what}</source>
        <translation>Nima qoldiriladi: {what}</translation>
    </message>
    <message>
        <source>Ours — {why}</source>
        <translation>Bizniki — {why}</translation>
    </message>
    <message>
        <source>Ours</source>
        <translation>Bizniki</translation>
    </message>
    <message>
        <source>No record was changed on both sides.</source>
        <translation>Hech bir yozuv ikkala tomonda oʻzgartirilmagan.</translation>
    </message>
    <message>
        <source>These records were changed on both sides. For each, keep this computer's copy or take the package's; nothing is overwritten unless you choose it.</source>
        <translation>Bu yozuvlar ikkala tomonda oʻzgartirilgan. Har biri uchun bu kompyuterdagi nusxani qoldiring yoki paketdagisini oling; siz tanlamaguningizcha hech narsa ustidan yozilmaydi.</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source> at {time}</source>
        <translation> {time} da</translation>
    </message>
    <message>
        <source>Someone else saved this{when} while you were editing it. Nothing of yours is saved yet. Compare the two versions, then reload theirs or keep yours.</source>
        <translation>Siz tahrir qilayotganingizda buni boshqa kishi{when} saqladi. Sizning oʻzgarishlaringiz hali saqlanmagan. Ikki versiyani solishtiring, soʻng uning versiyasini yuklang yoki oʻzingiznikini qoldiring.</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Nima</translation>
    </message>
    <message>
        <source>Yours (not saved)</source>
        <translation>Sizniki (saqlanmagan)</translation>
    </message>
    <message>
        <source>Saved by the other person</source>
        <translation>Boshqa kishi saqlagan</translation>
    </message>
    <message>
        <source>Reload theirs</source>
        <translation>Uning versiyasini yuklash</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Meniki qolsin</translation>
    </message>
    <message>
        <source>Saves your version over theirs.</source>
        <translation>Sizning versiyangizni uning versiyasi ustidan saqlaydi.</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>Connect to a server</source>
        <translation>Serverga ulanish</translation>
    </message>
    <message>
        <source>A district's database on a PostgreSQL server. The administrator gives you these details and your own login.</source>
        <translation>Tumanning PostgreSQL serveridagi maʼlumotlar bazasi. Bu maʼlumotlarni va shaxsiy loginingizni administrator beradi.</translation>
    </message>
    <message>
        <source>Remember the password on this computer</source>
        <translation>Parolni shu kompyuterda eslab qolish</translation>
    </message>
    <message>
        <source>Kept in the system's keyring, never in a file.</source>
        <translation>Tizimning parollar omborida saqlanadi, hech qachon faylda emas.</translation>
    </message>
    <message>
        <source>This computer has no keyring: the password is asked each time.</source>
        <translation>Bu kompyuterda parollar ombori yoʻq: parol har safar soʻraladi.</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Server:</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Port:</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>Maʼlumotlar bazasi:</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>Foydalanuvchi:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Parol:</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Ulanish</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Ulanilmoqda…</translation>
    </message>
</context>
<context>
    <name>Controller</name>
    <message>
        <source>Cannot open the database</source>
        <translation>Maʼlumotlar bazasini ochib boʻlmadi</translation>
    </message>
    <message>
        <source>“{path}” cannot be read or written. Check the folder.</source>
        <translation>“{path}” faylini oʻqib yoki yozib boʻlmaydi. Papkani tekshiring.</translation>
    </message>
    <message>
        <source>Cannot connect to the server: {reason}</source>
        <translation>Serverga ulanib boʻlmadi: {reason}</translation>
    </message>
    <message>
        <source>Server support is not installed. Install it with: pip install eduqa-desktop[server]</source>
        <translation>Server bilan ishlash oʻrnatilmagan. Uni quyidagi buyruq bilan oʻrnating: pip install eduqa-desktop[server]</translation>
    </message>
    <message>
        <source>“{path}” must be upgraded, and no backup could be made. Ask the administrator to back up the database first.</source>
        <translation>«{path}» ni yangilash kerak, ammo zaxira nusxa olib boʻlmadi. Administratordan avval maʼlumotlar bazasining zaxira nusxasini olishni soʻrang.</translation>
    </message>
    <message>
        <source>“{path}” was made by a newer version of EduQA Desktop. Install the newer version to open it.</source>
        <translation>«{path}» EduQA Desktopning yangiroq versiyasida yaratilgan. Uni ochish uchun yangi versiyani oʻrnating.</translation>
    </message>
    <message>
        <source>“{path}” cannot be opened as an EduQA database. Choose another file, or create a new one.</source>
        <translation>“{path}” EduQA bazasi sifatida ochilmaydi. Boshqa faylni tanlang yoki yangisini yarating.</translation>
    </message>
    <message>
        <source>Upgrade without a backup?</source>
        <translation>Zaxira nusxasiz yangilansinmi?</translation>
    </message>
    <message>
        <source>This version of EduQA Desktop must upgrade the server's database (now at schema {revision}), and cannot back it up first: {reason}.

The administrator should back up the database before it is upgraded. Has that been done? Upgrade now?</source>
        <translation>EduQA Desktopning bu versiyasi serverdagi maʼlumotlar bazasini yangilashi kerak (hozir {revision} sxemasi), ammo avval uning zaxira nusxasini ola olmaydi: {reason}.

Administrator yangilashdan oldin maʼlumotlar bazasining zaxira nusxasini olishi kerak. Bu qilinganmi? Hozir yangilansinmi?</translation>
    </message>
    <message>
        <source>Nobody logged in to this database; nothing was opened.</source>
        <translation>Bu bazaga hech kim kirmadi; hech narsa ochilmadi.</translation>
    </message>
    <message>
        <source>The window kept its unsaved input; nothing was opened.</source>
        <translation>Oynada saqlanmagan maʼlumotlar qoldi; hech narsa ochilmadi.</translation>
    </message>
    <message>
        <source>Set up my school</source>
        <translation>Maktabimni sozlash</translation>
    </message>
    <message>
        <source>Preparing the demo school…</source>
        <translation>Namuna maktab tayyorlanmoqda…</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>Yangi baza</translation>
    </message>
    <message>
        <source>“{path}” already exists. Choose a new file name.</source>
        <translation>“{path}” allaqachon mavjud. Yangi fayl nomini tanlang.</translation>
    </message>
</context>
<context>
    <name>CriteriaPanel</name>
    <message>
        <source>Weakest checklist criteria — {period}</source>
        <translation>Nazorat varaqasining eng zaif mezonlari — {period}</translation>
    </message>
    <message>
        <source>{checklist}: average score of each criterion, weakest first.</source>
        <translation>{checklist}: har bir mezonning oʻrtacha bali, avval eng zaiflari.</translation>
    </message>
    <message>
        <source>No lessons observed in this selection — observe a lesson.</source>
        <translation>Bu tanlovda kuzatilgan dars yoʻq — darsni kuzating.</translation>
    </message>
    <message>
        <source>{criterion}
{section}
Average: {value} ({band}), scored {count} times</source>
        <translation>{criterion}
{section}
Oʻrtacha: {value} ({band}), {count} marta baholangan</translation>
    </message>
    <message>
        <source>Average score, % of the scale</source>
        <translation>Oʻrtacha ball, shkaladan %</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Mezon</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Boʻlim</translation>
    </message>
    <message>
        <source>Average score, %</source>
        <translation>Oʻrtacha ball, %</translation>
    </message>
    <message>
        <source>Band</source>
        <translation>Daraja</translation>
    </message>
    <message>
        <source>Times scored</source>
        <translation>Necha marta baholangan</translation>
    </message>
</context>
<context>
    <name>CriteriaView</name>
    <message>
        <source>Choose a checklist to see its criteria.</source>
        <translation>Mezonlarni koʻrish uchun nazorat varaqasini tanlang.</translation>
    </message>
</context>
<context>
    <name>CriterionRow</name>
    <message>
        <source>Weight: {weight}</source>
        <translation>Vazn: {weight}</translation>
    </message>
    <message>
        <source>N/A</source>
        <translation>Q/E</translation>
    </message>
    <message>
        <source>Not applicable in this lesson (key {key})</source>
        <translation>Bu darsda qoʻllanilmaydi ({key} tugmasi)</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Izoh</translation>
    </message>
    <message>
        <source>Comment on {number}</source>
        <translation>{number} boʻyicha izoh</translation>
    </message>
    <message>
        <source>Add to next steps</source>
        <translation>Keyingi qadamlarga</translation>
    </message>
    <message>
        <source>Add this suggestion to the lesson's agreed next steps</source>
        <translation>Bu taklifni darsning kelishilgan keyingi qadamlariga qoʻshish</translation>
    </message>
    <message>
        <source>Next step to suggest: {step}</source>
        <translation>Taklif qilish mumkin: {step}</translation>
    </message>
</context>
<context>
    <name>DashboardFilterBar</name>
    <message>
        <source>School</source>
        <translation>Maktab</translation>
    </message>
    <message>
        <source>Academic year</source>
        <translation>Oʻquv yili</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Chorak</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Parallel</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Fan</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Metodbirlashma</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Tozalash</translation>
    </message>
    <message>
        <source>Show the whole school again (all grades, subjects…)</source>
        <translation>Yana butun maktabni koʻrsatish (barcha parallellar, fanlar…)</translation>
    </message>
    <message>
        <source>Updating…</source>
        <translation>Yangilanmoqda…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>PDF ga saqlash…</translation>
    </message>
    <message>
        <source>The whole dashboard on A4 pages, for a meeting (Ctrl+P)</source>
        <translation>Butun panel A4 varaqlarida, yigʻilish uchun (Ctrl+P)</translation>
    </message>
    <message>
        <source>All schools ({count})</source>
        <translation>Barcha maktablar ({count})</translation>
    </message>
    <message>
        <source>All grades</source>
        <translation>Barcha parallellar</translation>
    </message>
    <message>
        <source>All subjects</source>
        <translation>Barcha fanlar</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>Barcha metodbirlashmalar</translation>
    </message>
    <message>
        <source>{quarter} (no results)</source>
        <translation>{quarter} (natijalar yoʻq)</translation>
    </message>
</context>
<context>
    <name>DashboardPanel</name>
    <message>
        <source>No data for this selection</source>
        <translation>Bu tanlov boʻyicha maʼlumot yoʻq</translation>
    </message>
    <message>
        <source>Quality of knowledge: {value}</source>
        <translation>Bilim sifati: {value}</translation>
    </message>
    <message>
        <source>Pass rate: {value}</source>
        <translation>Oʻzlashtirish: {value}</translation>
    </message>
    <message>
        <source>SOU: {value}</source>
        <translation>SOU: {value}</translation>
    </message>
    <message>
        <source>Average grade: {value}</source>
        <translation>Oʻrtacha baho: {value}</translation>
    </message>
    <message>
        <source>Pupils assessed: {count}</source>
        <translation>Baholangan oʻquvchilar: {count}</translation>
    </message>
    <message>
        <source>Marks 5 / 4 / 3 / 2 / 1: {n5} / {n4} / {n3} / {n2} / {n1}; not attested: {na}</source>
        <translation>Baholar 5 / 4 / 3 / 2 / 1: {n5} / {n4} / {n3} / {n2} / {n1}; attestatsiyasiz: {na}</translation>
    </message>
    <message>
        <source>Quality of knowledge, %</source>
        <translation>Bilim sifati, %</translation>
    </message>
    <message>
        <source>Pass rate, %</source>
        <translation>Oʻzlashtirish, %</translation>
    </message>
    <message>
        <source>SOU, %</source>
        <translation>SOU, %</translation>
    </message>
    <message>
        <source>Average grade</source>
        <translation>Oʻrtacha baho</translation>
    </message>
    <message>
        <source>Pupils assessed</source>
        <translation>Baholangan oʻquvchilar</translation>
    </message>
    <message>
        <source>Not attested</source>
        <translation>Attestatsiyasiz</translation>
    </message>
</context>
<context>
    <name>DashboardPdf</name>
    <message>
        <source>Dashboard · made {date}</source>
        <translation>Panel · tuzilgan sana: {date}</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>Sahifa: {page} / {pages}</translation>
    </message>
    <message>
        <source>compared with {period}</source>
        <translation>taqqoslash uchun — {period}</translation>
    </message>
</context>
<context>
    <name>DashboardTab</name>
    <message>
        <source>Pass rate</source>
        <translation>Oʻzlashtirish</translation>
    </message>
    <message>
        <source>Quality of knowledge</source>
        <translation>Bilim sifati</translation>
    </message>
    <message>
        <source>Degree of learning (SOU)</source>
        <translation>Oʻqitilganlik darajasi (SOU)</translation>
    </message>
    <message>
        <source>Average grade</source>
        <translation>Oʻrtacha baho</translation>
    </message>
    <message>
        <source>Observations done / planned</source>
        <translation>Kuzatuvlar: oʻtkazilgan / rejada</translation>
    </message>
    <message>
        <source>Average observation score</source>
        <translation>Kuzatuvlarning oʻrtacha bali</translation>
    </message>
    <message>
        <source>Need attention</source>
        <translation>Eʼtibor talab qiladi</translation>
    </message>
    <message>
        <source>Professional development</source>
        <translation>Malaka oshirish</translation>
    </message>
    <message>
        <source>All schools</source>
        <translation>Barcha maktablar</translation>
    </message>
    <message>
        <source>No school year in this database yet — set up the school first.</source>
        <translation>Bazada hali oʻquv yili yoʻq — avval maktabni sozlang.</translation>
    </message>
    <message>
        <source>No quarters in this database yet.</source>
        <translation>Bazada hali choraklar yoʻq.</translation>
    </message>
    <message>
        <source>No data for this selection</source>
        <translation>Bu tanlov boʻyicha maʼlumot yoʻq</translation>
    </message>
    <message>
        <source>(compared with {period})</source>
        <translation>(taqqoslash uchun — {period})</translation>
    </message>
    <message>
        <source>No results and no lesson observations for this selection. Choose another quarter or clear the filters — or enter results and observe lessons.</source>
        <translation>Bu tanlov boʻyicha na natijalar, na kuzatilgan darslar bor. Boshqa chorakni tanlang yoki filtrlarni tozalang — yoki natijalarni kiriting va darslarni kuzating.</translation>
    </message>
    <message>
        <source>up to date: {count} of {total} teachers</source>
        <translation>muddatida: {total} nafardan {count} nafari</translation>
    </message>
    <message>
        <source>at most a fifth of the staff</source>
        <translation>jamoaning koʻpi bilan beshdan biri</translation>
    </message>
    <message>
        <source>of {count} teachers</source>
        <translation>{count} nafar oʻqituvchidan</translation>
    </message>
    <message>
        <source> … and {count} more</source>
        <translation> … va yana {count} ta</translation>
    </message>
    <message>
        <source>Need attention:</source>
        <translation>Eʼtibor talab qiladi:</translation>
    </message>
    <message>
        <source>no previous quarter</source>
        <translation>oldingi chorak yoʻq</translation>
    </message>
    <message>
        <source>no data in {period}</source>
        <translation>{period}: maʼlumot yoʻq</translation>
    </message>
    <message>
        <source>{title}: {value}; {period}: {was}</source>
        <translation>{title}: {value}; {period}: {was}</translation>
    </message>
    <message>
        <source>plan: {done} of {planned} visits done</source>
        <translation>reja: {planned} tadan {done} tasi oʻtkazildi</translation>
    </message>
    <message>
        <source>no visits planned</source>
        <translation>kuzatuvlar rejalashtirilmagan</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>Saqlandi: {path}</translation>
    </message>
    <message>
        <source>Save the dashboard as PDF</source>
        <translation>Panelni PDF ga saqlash</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF hujjat (*.pdf)</translation>
    </message>
    <message>
        <source>The PDF could not be written ({error}). Choose another folder.</source>
        <translation>PDF ni yozib boʻlmadi ({error}). Boshqa papkani tanlang.</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Boshqaruv paneli</translation>
    </message>
</context>
<context>
    <name>DashboardTexts</name>
    <message>
        <source>1st quarter</source>
        <translation>1-chorak</translation>
    </message>
    <message>
        <source>2nd quarter</source>
        <translation>2-chorak</translation>
    </message>
    <message>
        <source>3rd quarter</source>
        <translation>3-chorak</translation>
    </message>
    <message>
        <source>4th quarter</source>
        <translation>4-chorak</translation>
    </message>
    <message>
        <source>Q1</source>
        <translation>1-ch.</translation>
    </message>
    <message>
        <source>Q2</source>
        <translation>2-ch.</translation>
    </message>
    <message>
        <source>Q3</source>
        <translation>3-ch.</translation>
    </message>
    <message>
        <source>Q4</source>
        <translation>4-ch.</translation>
    </message>
    <message>
        <source>Quality of knowledge</source>
        <translation>Bilim sifati</translation>
    </message>
    <message>
        <source>Pass rate</source>
        <translation>Oʻzlashtirish</translation>
    </message>
    <message>
        <source>Degree of learning (SOU)</source>
        <translation>Oʻqitilganlik darajasi (SOU)</translation>
    </message>
    <message>
        <source>Average grade</source>
        <translation>Oʻrtacha baho</translation>
    </message>
    <message>
        <source>Average observation score</source>
        <translation>Kuzatuvlarning oʻrtacha bali</translation>
    </message>
    <message>
        <source>{quarter} {year}</source>
        <translation>{quarter}, {year}</translation>
    </message>
    <message>
        <source>Other ({count})</source>
        <translation>Boshqalar ({count})</translation>
    </message>
    <message>
        <source>Grade {grade}</source>
        <translation>{grade}-sinflar</translation>
    </message>
</context>
<context>
    <name>DistributionPanel</name>
    <message>
        <source>1 or not attested</source>
        <translation>1 yoki attestatsiyasiz</translation>
    </message>
    <message>
        <source>Marks by class — {period}</source>
        <translation>Sinflar boʻyicha baholar — {period}</translation>
    </message>
    <message>
        <source>Marks by subject — {period}</source>
        <translation>Fanlar boʻyicha baholar — {period}</translation>
    </message>
    <message>
        <source>Share of pupils assessed with each term mark.</source>
        <translation>Har bir chorak bahosini olgan oʻquvchilar ulushi.</translation>
    </message>
    <message>
        <source>{name}
Mark {mark}: {count} pupils, {share} of {assessed}</source>
        <translation>{name}
{mark} baho: {count} oʻquvchi, {assessed} tadan {share}</translation>
    </message>
    <message>
        <source>Pupils assessed, %</source>
        <translation>Baholangan oʻquvchilar, %</translation>
    </message>
    <message>
        <source>Mark {mark}</source>
        <translation>{mark} baho</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Sinf</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Fan</translation>
    </message>
</context>
<context>
    <name>DrillView</name>
    <message>
        <source>Classes</source>
        <translation>Sinflar</translation>
    </message>
    <message>
        <source>Teachers</source>
        <translation>Oʻqituvchilar</translation>
    </message>
</context>
<context>
    <name>ErrorReporting</name>
    <message>
        <source>Something went wrong</source>
        <translation>Nimadir notoʻgʻri ketdi</translation>
    </message>
    <message>
        <source>The action could not be completed. Your saved data is safe. If it happens again, send the log file to support: {path}</source>
        <translation>Amalni bajarib boʻlmadi. Saqlangan maʼlumotlaringiz joyida. Yana takrorlansa, jurnal faylini yordam xizmatiga yuboring: {path}</translation>
    </message>
</context>
<context>
    <name>ExchangeMenus</name>
    <message>
        <source>Import…</source>
        <translation>Import…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Eksport…</translation>
    </message>
    <message>
        <source>Blank template…</source>
        <translation>Boʻsh shablon…</translation>
    </message>
    <message>
        <source>Observations package…</source>
        <translation>Kuzatuvlar paketi…</translation>
    </message>
    <message>
        <source>District report…</source>
        <translation>Tuman uchun hisobot…</translation>
    </message>
    <message>
        <source>Results…</source>
        <translation>Chorak yakunlari…</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export to Excel</source>
        <translation>Excelʼga eksport</translation>
    </message>
    <message>
        <source>Blank template</source>
        <translation>Boʻsh shablon</translation>
    </message>
    <message>
        <source>Observations package (for another computer)</source>
        <translation>Kuzatuvlar paketi (boshqa kompyuter uchun)</translation>
    </message>
    <message>
        <source>District report</source>
        <translation>Tuman uchun hisobot</translation>
    </message>
    <message>
        <source>End-of-term results</source>
        <translation>Chorak yakunlari</translation>
    </message>
    <message>
        <source>Export:</source>
        <translation>Nimani chiqarish:</translation>
    </message>
    <message>
        <source>Teachers list</source>
        <translation>Oʻqituvchilar roʻyxati</translation>
    </message>
    <message>
        <source>Teacher activities</source>
        <translation>Oʻqituvchilar faoliyati</translation>
    </message>
    <message>
        <source>Observations</source>
        <translation>Kuzatuvlar</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Kuzatuv varaqasi</translation>
    </message>
    <message>
        <source>Template for:</source>
        <translation>Shablon:</translation>
    </message>
    <message>
        <source>Only observations changed since</source>
        <translation>Faqat shu sanadan beri oʻzgargan kuzatuvlar</translation>
    </message>
    <message>
        <source>Whole year</source>
        <translation>Butun yil</translation>
    </message>
    <message>
        <source>Quarter {n}</source>
        <translation>{n}-chorak</translation>
    </message>
    <message>
        <source>Academic year:</source>
        <translation>Oʻquv yili:</translation>
    </message>
    <message>
        <source>Quarter:</source>
        <translation>Chorak:</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Eksport qilish…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Bekor qilish</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Eksport</translation>
    </message>
    <message>
        <source>Set up or choose a school first.</source>
        <translation>Avval maktabni yarating yoki tanlang.</translation>
    </message>
    <message>
        <source>This file has no academic year yet.</source>
        <translation>Bu bazada hali oʻquv yili yoʻq.</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>Saqlash</translation>
    </message>
    <message>
        <source>Writing {file}…</source>
        <translation>{file} yozilmoqda…</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>Saqlandi: {path}</translation>
    </message>
    <message>
        <source>The file could not be written.</source>
        <translation>Faylni yozib boʻlmadi.</translation>
    </message>
</context>
<context>
    <name>FileDrop</name>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>An observations package: check it, then import it.</source>
        <translation>Kuzatuvlar paketi: avval tekshiring, soʻng import qiling.</translation>
    </message>
    <message>
        <source>The columns of “{name}” match no import: choose what it holds.</source>
        <translation>«{name}» ustunlari hech bir importga mos kelmadi: faylda nima borligini tanlang.</translation>
    </message>
</context>
<context>
    <name>FileLimitsPage</name>
    <message>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <source> times</source>
        <translation> marta</translation>
    </message>
    <message>
        <source> rows</source>
        <translation> qator</translation>
    </message>
    <message>
        <source> columns</source>
        <translation> ustun</translation>
    </message>
    <message>
        <source> sheets</source>
        <translation> varaq</translation>
    </message>
    <message>
        <source> characters</source>
        <translation> belgi</translation>
    </message>
    <message>
        <source> seconds</source>
        <translation> soniya</translation>
    </message>
    <message>
        <source>Largest file</source>
        <translation>Eng katta fayl</translation>
    </message>
    <message>
        <source>Largest size once unpacked</source>
        <translation>Ochilgandagi eng katta hajm</translation>
    </message>
    <message>
        <source>Compression of one part, at most</source>
        <translation>Bir qism siqilishi, koʻpi bilan</translation>
    </message>
    <message>
        <source>Rows in a sheet, at most</source>
        <translation>Varaqdagi qatorlar, koʻpi bilan</translation>
    </message>
    <message>
        <source>Columns in a sheet, at most</source>
        <translation>Varaqdagi ustunlar, koʻpi bilan</translation>
    </message>
    <message>
        <source>Sheets in a workbook, at most</source>
        <translation>Kitobdagi varaqlar, koʻpi bilan</translation>
    </message>
    <message>
        <source>Characters in one cell, at most</source>
        <translation>Bitta katakdagi belgilar, koʻpi bilan</translation>
    </message>
    <message>
        <source>Time to check and read one file</source>
        <translation>Bitta faylni tekshirish va oʻqish vaqti</translation>
    </message>
    <message>
        <source>Incoming files</source>
        <translation>Kiruvchi fayllar</translation>
    </message>
    <message>
        <source>Imports, packages and surveys: a file over any limit is refused with the limit named, and nothing of it is written. The defaults are far above any school's real file.</source>
        <translation>Import, paketlar va soʻrovnomalar: biror chegaradan oshgan fayl chegara nomi aytilib rad etiladi va undan hech narsa yozilmaydi. Standart qiymatlar har qanday haqiqiy maktab faylidan ancha yuqori.</translation>
    </message>
    <message>
        <source>Automatic backups</source>
        <translation>Avtomatik nusxalar</translation>
    </message>
    <message>
        <source> backups</source>
        <translation> nusxa</translation>
    </message>
    <message>
        <source> months</source>
        <translation> oy</translation>
    </message>
    <message>
        <source>Keep the last</source>
        <translation>Oxirgilarini saqlash</translation>
    </message>
    <message>
        <source>And one a week for</source>
        <translation>Va haftasiga bittadan</translation>
    </message>
    <message>
        <source>Made before every import, package receive, upgrade and restore, in the backups folder beside the database.</source>
        <translation>Har bir import, paket qabul qilish, yangilash va tiklashdan oldin, baza yonidagi backups jildida olinadi.</translation>
    </message>
    <message>
        <source>A server database is backed up by its administrator (pg_dump).</source>
        <translation>Serverdagi bazaning zaxira nusxasini uning administratori oladi (pg_dump).</translation>
    </message>
    <message>
        <source>Restore the defaults</source>
        <translation>Standart qiymatlarni qaytarish</translation>
    </message>
    <message>
        <source>A workbook unpacks to more than it takes on the disk: this must be at least the largest file.</source>
        <translation>Kitob ochilganda diskdagidan kattaroq boʻladi: bu qiymat eng katta fayldan kam boʻlmasligi kerak.</translation>
    </message>
</context>
<context>
    <name>FileOutput</name>
    <message>
        <source>The file could not be written. Choose another folder.</source>
        <translation>Faylni yozib boʻlmadi. Boshqa papkani tanlang.</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>Saqlandi: {path}</translation>
    </message>
</context>
<context>
    <name>FirstStartDialog</name>
    <message>
        <source>Welcome to EduQA Desktop</source>
        <translation>EduQA Desktopʼga xush kelibsiz</translation>
    </message>
    <message>
        <source>This database holds no school yet. Look around in a demo school, or set up your own school to start entering data.</source>
        <translation>Bu bazada hali maktab yoʻq. Namuna maktabni koʻrib chiqing yoki maʼlumot kiritishni boshlash uchun oʻz maktabingizni sozlang.</translation>
    </message>
    <message>
        <source>Try it out</source>
        <translation>Sinab koʻring</translation>
    </message>
    <message>
        <source>A made-up school with teachers, results and lesson observations.</source>
        <translation>Oʻqituvchilar, natijalar va dars kuzatuvlari bilan toʻqima maktab.</translation>
    </message>
    <message>
        <source>Open the demo school</source>
        <translation>Namuna maktabni ochish</translation>
    </message>
    <message>
        <source>Set up my school</source>
        <translation>Maktabimni sozlash</translation>
    </message>
    <message>
        <source>e.g. 47-maktab</source>
        <translation>masalan, 47-maktab</translation>
    </message>
    <message>
        <source>School name *:</source>
        <translation>Maktab nomi *:</translation>
    </message>
    <message>
        <source>District:</source>
        <translation>Tuman:</translation>
    </message>
    <message>
        <source>Region:</source>
        <translation>Viloyat:</translation>
    </message>
    <message>
        <source>Academic year *:</source>
        <translation>Oʻquv yili *:</translation>
    </message>
    <message>
        <source>Protect this database with an administrator account</source>
        <translation>Bu bazani administrator hisobi bilan himoyalash</translation>
    </message>
    <message>
        <source>On a PC several people use: the app then asks for a login, and the administrator decides who may change what (File ▸ Accounts).</source>
        <translation>Bir nechta kishi ishlaydigan kompyuter uchun: dastur kirish nomini soʻraydi, kim nimani oʻzgartira olishini esa administrator belgilaydi (Fayl ▸ Hisoblar).</translation>
    </message>
    <message>
        <source>Administrator's login:</source>
        <translation>Administratorning kirish nomi:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Parol:</translation>
    </message>
    <message>
        <source>Password again:</source>
        <translation>Parol yana bir bor:</translation>
    </message>
    <message>
        <source>Enter the name of the school.</source>
        <translation>Maktab nomini kiriting.</translation>
    </message>
    <message>
        <source>Write the academic year like 2025-2026.</source>
        <translation>Oʻquv yilini 2025-2026 koʻrinishida yozing.</translation>
    </message>
    <message>
        <source>Write the administrator's login.</source>
        <translation>Administratorning kirish nomini yozing.</translation>
    </message>
    <message>
        <source>A password needs at least {count} characters.</source>
        <translation>Parol kamida {count} belgidan iborat boʻlishi kerak.</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>Ikki parol bir xil emas.</translation>
    </message>
</context>
<context>
    <name>FormBar</name>
    <message>
        <source>Back to list</source>
        <translation>Roʻyxatga</translation>
    </message>
    <message>
        <source>Save draft</source>
        <translation>Qoralamani saqlash</translation>
    </message>
    <message>
        <source>Finalize…</source>
        <translation>Yakunlash…</translation>
    </message>
    <message>
        <source>Make the observation final (Ctrl+Enter)</source>
        <translation>Kuzatuvni yakunlash (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Correct…</source>
        <translation>Tuzatish…</translation>
    </message>
    <message>
        <source>Save correction</source>
        <translation>Tuzatishni saqlash</translation>
    </message>
    <message>
        <source>Write the correction with its reason (Ctrl+S)</source>
        <translation>Tuzatishni sababi bilan yozish (Ctrl+S)</translation>
    </message>
    <message>
        <source>Cancel correction</source>
        <translation>Tuzatishni bekor qilish</translation>
    </message>
    <message>
        <source>Leave the observation as it was before the correction</source>
        <translation>Kuzatuvni tuzatishdan oldingi holicha qoldirish</translation>
    </message>
    <message>
        <source>Follow-up visit</source>
        <translation>Takroriy tashrif</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Chop etish…</translation>
    </message>
    <message>
        <source>The report on a printer (Ctrl+P)</source>
        <translation>Hisobotni printerda chop etish (Ctrl+P)</translation>
    </message>
    <message>
        <source>PDF…</source>
        <translation>PDF…</translation>
    </message>
    <message>
        <source>The report saved as a PDF file</source>
        <translation>Hisobotni PDF faylga saqlash</translation>
    </message>
    <message>
        <source>New observation</source>
        <translation>Yangi kuzatuv</translation>
    </message>
    <message>
        <source>Final observation</source>
        <translation>Yakunlangan kuzatuv</translation>
    </message>
    <message>
        <source>Draft observation</source>
        <translation>Kuzatuv qoralamasi</translation>
    </message>
    <message>
        <source>Correcting a final observation. Reason: {reason}</source>
        <translation>Yakunlangan kuzatuv tuzatilmoqda. Sabab: {reason}</translation>
    </message>
    <message>
        <source>Final since {date}; read-only. Use Correct… to change it.</source>
        <translation>{date} dan beri yakunlangan, faqat oʻqish uchun. Oʻzgartirish uchun “Tuzatish…”ni bosing.</translation>
    </message>
    <message>
        <source>Corrected on {date} by {who}. Reason: {reason}</source>
        <translation>{date} kuni tuzatildi, {who}. Sababi: {reason}</translation>
    </message>
</context>
<context>
    <name>GeneratePlanDialog</name>
    <message>
        <source>Generate plan</source>
        <translation>Reja tuzish</translation>
    </message>
    <message>
        <source>Quarter {number} of {year}</source>
        <translation>{year}, {number}-chorak</translation>
    </message>
    <message>
        <source>Monthly for new teachers, with less than</source>
        <translation>Har oy yosh oʻqituvchilarga, staji kamroq:</translation>
    </message>
    <message>
        <source>years of work</source>
        <translation>yil</translation>
    </message>
    <message>
        <source>Monthly for teachers whose last score is below</source>
        <translation>Oxirgi bahosi quyidagidan past boʻlsa, har oy</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Chorak</translation>
    </message>
    <message>
        <source>Visits to every teacher a year</source>
        <translation>Har bir oʻqituvchiga yiliga tashriflar</translation>
    </message>
    <message>
        <source>Purpose of these visits</source>
        <translation>Bu tashriflar maqsadi</translation>
    </message>
    <message>
        <source>Purpose of monthly visits</source>
        <translation>Oylik tashriflar maqsadi</translation>
    </message>
    <message>
        <source>Observer</source>
        <translation>Kuzatuvchi</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Oy</translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation>Oʻqituvchi</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Sabab</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Bekor qilish</translation>
    </message>
    <message>
        <source>Add to plan</source>
        <translation>Rejaga qoʻshish</translation>
    </message>
    <message>
        <source>This quarter is over: no visit is planned in the past. Choose a quarter still to come.</source>
        <translation>Bu chorak tugagan: oʻtgan kunlarga kuzatuv rejalashtirilmaydi. Hali oldinda boʻlgan chorakni tanlang.</translation>
    </message>
    <message>
        <source>{count} visits will be added; the plan already holds the others.</source>
        <translation>Qoʻshiladigan tashriflar: {count}; qolganlari rejada allaqachon bor.</translation>
    </message>
    <message>
        <source>Nothing to add: the plan already holds these visits.</source>
        <translation>Qoʻshadigan narsa yoʻq: bu tashriflar rejada allaqachon bor.</translation>
    </message>
    <message>
        <source>{months} is over: its visits go to the months still to come.</source>
        <translation>Oʻtib ketdi: {months}. Bu vaqtdagi kuzatuvlar qolgan oylarga oʻtkazildi.</translation>
    </message>
</context>
<context>
    <name>GraduatesDialog</name>
    <message>
        <source>Where the graduates went</source>
        <translation>Bitiruvchilar qayerga ketdi</translation>
    </message>
    <message>
        <source>Grade {grade}</source>
        <translation>{grade}-sinf</translation>
    </message>
    <message>
        <source>Academic year:</source>
        <translation>Oʻquv yili:</translation>
    </message>
    <message>
        <source>Grade:</source>
        <translation>Sinf:</translation>
    </message>
    <message>
        <source>Graduates:</source>
        <translation>Bitiruvchilar:</translation>
    </message>
    <message>
        <source>Partner organisations (dual education, internships, work):</source>
        <translation>Hamkor tashkilotlar (dual taʼlim, amaliyot, ish):</translation>
    </message>
    <message>
        <source>Partner organisation</source>
        <translation>Hamkor tashkilot</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Qanday</translation>
    </message>
    <message>
        <source>Graduates</source>
        <translation>Bitiruvchilar</translation>
    </message>
    <message>
        <source>Add a partner</source>
        <translation>Hamkor qoʻshish</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Oʻchirish</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Saqlash</translation>
    </message>
    <message>
        <source>Name of the organisation</source>
        <translation>Tashkilot nomi</translation>
    </message>
    <message>
        <source>Choose a school and an academic year first.</source>
        <translation>Avval maktab va oʻquv yilini tanlang.</translation>
    </message>
    <message>
        <source>Type how many graduates went to each destination.</source>
        <translation>Har bir yoʻnalishga nechta bitiruvchi ketganini yozing.</translation>
    </message>
</context>
<context>
    <name>GraduatesImportDialog</name>
    <message>
        <source>Import graduates</source>
        <translation>Bitiruvchilarni import qilish</translation>
    </message>
    <message>
        <source>The filled graduates template (.xlsx)</source>
        <translation>Toʻldirilgan bitiruvchilar shabloni (.xlsx)</translation>
    </message>
    <message>
        <source>Choose the filled graduates template.</source>
        <translation>Toʻldirilgan bitiruvchilar shablonini tanlang.</translation>
    </message>
    <message>
        <source>Blank template…</source>
        <translation>Boʻsh shablon…</translation>
    </message>
    <message>
        <source>Academic year:</source>
        <translation>Oʻquv yili:</translation>
    </message>
    <message>
        <source>Save the graduates template</source>
        <translation>Bitiruvchilar shablonini saqlash</translation>
    </message>
    <message>
        <source>graduates.xlsx</source>
        <translation>bitiruvchilar.xlsx</translation>
    </message>
    <message>
        <source>The file could not be written. Close it in Excel or choose another folder.</source>
        <translation>Faylni yozib boʻlmadi. Uni Excelda yoping yoki boshqa papkani tanlang.</translation>
    </message>
    <message>
        <source>Template saved to {path}. Fill it in, then choose it here.</source>
        <translation>Shablon saqlandi: {path}. Uni toʻldiring va shu yerda tanlang.</translation>
    </message>
    <message>
        <source>{school}: graduates of {year}; {placed} placed with partners.</source>
        <translation>{school}: {year} bitiruvchilari; hamkorlarda — {placed}.</translation>
    </message>
    <message>
        <source>It replaces what was entered for grade {grades}.</source>
        <translation>{grades}-sinf uchun kiritilgan maʼlumot oʻrniga yoziladi.</translation>
    </message>
    <message>
        <source>Graduates</source>
        <translation>Bitiruvchilar</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Qayerga</translation>
    </message>
    <message>
        <source>Grade {grade}</source>
        <translation>{grade}-sinf</translation>
    </message>
</context>
<context>
    <name>GraduatesPanel</name>
    <message>
        <source>Where the graduates went</source>
        <translation>Bitiruvchilar qayerga ketdi</translation>
    </message>
    <message>
        <source>No graduates entered yet — say where grades 9 and 11 went after the year.</source>
        <translation>Bitiruvchilar hali kiritilmagan — 9- va 11-sinflar yildan keyin qayerga ketganini kiriting.</translation>
    </message>
    <message>
        <source>Enter graduates…</source>
        <translation>Bitiruvchilarni kiritish…</translation>
    </message>
    <message>
        <source>Import from Excel…</source>
        <translation>Exceldan import…</translation>
    </message>
    <message>
        <source>Where the graduates of {year} went</source>
        <translation>{year} bitiruvchilari qayerga ketdi</translation>
    </message>
    <message>
        <source>Further study</source>
        <translation>Oʻqishni davom ettirdi</translation>
    </message>
    <message>
        <source>With a partner organisation</source>
        <translation>Hamkor tashkilotda</translation>
    </message>
    <message>
        <source>Graduates</source>
        <translation>Bitiruvchilar</translation>
    </message>
    <message>
        <source>Grade {grade}</source>
        <translation>{grade}-sinf</translation>
    </message>
    <message>
        <source>No graduate was placed with a partner organisation.</source>
        <translation>Hech bir bitiruvchi hamkor tashkilotga joylashtirilmagan.</translation>
    </message>
    <message>
        <source>{partner}: {count} ({ways})</source>
        <translation>{partner}: {count} ({ways})</translation>
    </message>
    <message>
        <source>… and {count} more</source>
        <translation>… va yana {count} ta</translation>
    </message>
    <message>
        <source>Partner organisations:</source>
        <translation>Hamkor tashkilotlar:</translation>
    </message>
</context>
<context>
    <name>HeatMapPanel</name>
    <message>
        <source>Checklist sections by school — {period}</source>
        <translation>Maktablar boʻyicha nazorat varaqasi boʻlimlari — {period}</translation>
    </message>
    <message>
        <source>Checklist sections by teacher — {period}</source>
        <translation>Oʻqituvchilar boʻyicha nazorat varaqasi boʻlimlari — {period}</translation>
    </message>
    <message>
        <source>No lessons observed in this selection — observe a lesson.</source>
        <translation>Bu tanlovda kuzatilgan dars yoʻq — darsni kuzating.</translation>
    </message>
    <message>
        <source>Section scores, %; the lowest {shown} of {total}.</source>
        <translation>Boʻlim ballari, %; {total} tadan eng pastlari {shown} ta.</translation>
    </message>
    <message>
        <source>Section scores, %; lowest first.</source>
        <translation>Boʻlim ballari, %; avval eng pastlari.</translation>
    </message>
    <message>
        <source>{row}
{section}: {value}</source>
        <translation>{row}
{section}: {value}</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Boʻlim</translation>
    </message>
    <message>
        <source>School</source>
        <translation>Maktab</translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation>Oʻqituvchi</translation>
    </message>
    <message>
        <source>Lessons observed</source>
        <translation>Kuzatilgan darslar</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <source>User guide</source>
        <translation>Foydalanuvchi qoʻllanmasi</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Boʻlimlar</translation>
    </message>
    <message>
        <source>The user guide is missing from this installation.</source>
        <translation>Bu oʻrnatmada foydalanuvchi qoʻllanmasi yoʻq.</translation>
    </message>
</context>
<context>
    <name>HistogramPanel</name>
    <message>
        <source>Observation scores — {period}</source>
        <translation>Kuzatilgan darslar ballari — {period}</translation>
    </message>
    <message>
        <source>No lessons observed in this selection — observe a lesson.</source>
        <translation>Bu tanlovda kuzatilgan dars yoʻq — darsni kuzating.</translation>
    </message>
    <message>
        <source>{count} lessons observed, average score {value}.</source>
        <translation>Kuzatilgan darslar: {count}, oʻrtacha ball {value}.</translation>
    </message>
    <message>
        <source>{low}–{high} %</source>
        <translation>{low}–{high} %</translation>
    </message>
    <message>
        <source>{span}: {count} lessons ({band})</source>
        <translation>{span}: {count} ta dars ({band})</translation>
    </message>
    <message>
        <source>Observation score, %</source>
        <translation>Kuzatuv bali, %</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>Darslar</translation>
    </message>
    <message>
        <source>{band} ({low}–{high} %): {count}</source>
        <translation>{band} ({low}–{high} %): {count}</translation>
    </message>
    <message>
        <source>Observation score</source>
        <translation>Kuzatuv bali</translation>
    </message>
    <message>
        <source>Band</source>
        <translation>Daraja</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import from Excel</source>
        <translation>Excelʼdan import</translation>
    </message>
    <message>
        <source>Teachers list</source>
        <translation>Oʻqituvchilar roʻyxati</translation>
    </message>
    <message>
        <source>End-of-term results</source>
        <translation>Chorak yakunlari</translation>
    </message>
    <message>
        <source>Teacher activities</source>
        <translation>Oʻqituvchilar faoliyati</translation>
    </message>
    <message>
        <source>Observations (filled template or package)</source>
        <translation>Kuzatuvlar (toʻldirilgan shablon yoki paket)</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Kuzatuv varaqasi</translation>
    </message>
    <message>
        <source>The file holds:</source>
        <translation>Faylda:</translation>
    </message>
    <message>
        <source>Choose an .xlsx, .xls or .ods file</source>
        <translation>.xlsx, .xls yoki .ods faylini tanlang</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Tanlash…</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Fayl:</translation>
    </message>
    <message>
        <source>As the file says</source>
        <translation>Fayldagidek</translation>
    </message>
    <message>
        <source>Quarter {n}</source>
        <translation>{n}-chorak</translation>
    </message>
    <message>
        <source>Academic year:</source>
        <translation>Oʻquv yili:</translation>
    </message>
    <message>
        <source>Quarter:</source>
        <translation>Chorak:</translation>
    </message>
    <message>
        <source>Nothing is written until you have seen the preview and pressed Import.</source>
        <translation>Tekshiruv natijasini koʻrib, “Import qilish”ni bosmaguningizcha hech narsa yozilmaydi.</translation>
    </message>
    <message>
        <source>Check the file</source>
        <translation>Faylni tekshirish</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Bekor qilish</translation>
    </message>
    <message>
        <source>Choose the file to import</source>
        <translation>Import uchun faylni tanlang</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Set up or choose a school first.</source>
        <translation>Avval maktabni yarating yoki tanlang.</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Fayl oʻqilmoqda…</translation>
    </message>
    <message>
        <source>Imported {file}: {created} new, {updated} updated, {unchanged} unchanged</source>
        <translation>{file} import qilindi: yangi — {created}, yangilandi — {updated}, oʻzgarmadi — {unchanged}</translation>
    </message>
    <message>
        <source>The file could not be read.</source>
        <translation>Faylni oʻqib boʻlmadi.</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <source>New</source>
        <translation>Yangi</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Yangilash</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Oʻzgarishsiz</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Oʻchirish</translation>
    </message>
    <message>
        <source>Import preview — {file}</source>
        <translation>Importni tekshirish — {file}</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Varaq</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Qator</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Ustun</translation>
    </message>
    <message>
        <source>Value found</source>
        <translation>Topilgan qiymat</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Sabab</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>Xatolar topilmadi.</translation>
    </message>
    <message>
        <source>Name in the file</source>
        <translation>Fayldagi ism</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Qatorlar</translation>
    </message>
    <message>
        <source>Teacher in this school</source>
        <translation>Shu maktab oʻqituvchisi</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Amal</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Nima</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Oʻzgarishlar</translation>
    </message>
    <message>
        <source>The file has no rows to import.</source>
        <translation>Faylda import qilinadigan qator yoʻq.</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Xatolar</translation>
    </message>
    <message>
        <source>Teachers to map</source>
        <translation>Moslanadigan oʻqituvchilar</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Ustunlar</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Ziddiyatlar</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import qilish</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Bekor qilish</translation>
    </message>
    <message>
        <source>New: {n}</source>
        <translation>Yangi: {n}</translation>
    </message>
    <message>
        <source>Updated: {n}</source>
        <translation>Yangilanadi: {n}</translation>
    </message>
    <message>
        <source>Unchanged: {n}</source>
        <translation>Oʻzgarishsiz: {n}</translation>
    </message>
    <message>
        <source>Problems: {n}</source>
        <translation>Xatolar: {n}</translation>
    </message>
    <message>
        <source>Deleted: {n}</source>
        <translation>Oʻchirildi: {n}</translation>
    </message>
    <message>
        <source>New classes: {names}</source>
        <translation>Yangi sinflar: {names}</translation>
    </message>
    <message>
        <source>New subjects: {names}</source>
        <translation>Yangi fanlar: {names}</translation>
    </message>
    <message>
        <source>New teachers: {names}</source>
        <translation>Yangi oʻqituvchilar: {names}</translation>
    </message>
    <message>
        <source>Changed on both sides: {n} — choose in “Conflicts” which copy to keep.</source>
        <translation>Ikkala tomonda oʻzgartirilgan: {n} — «Ziddiyatlar» boʻlimida qaysi nusxa qolishini tanlang.</translation>
    </message>
    <message>
        <source>Totals rows skipped: {n}</source>
        <translation>Oʻtkazib yuborilgan “Jami” qatorlari: {n}</translation>
    </message>
    <message>
        <source>Say which header is which in “Columns”, then check again.</source>
        <translation>“Ustunlar” boʻlimida qaysi sarlavha qaysi ekanini koʻrsating va qayta tekshiring.</translation>
    </message>
    <message>
        <source>Fix the file and import it again: nothing will be written.</source>
        <translation>Faylni tuzating va qayta import qiling: hech narsa yozilmaydi.</translation>
    </message>
    <message>
        <source>Choose a teacher for every name in “Teachers to map”.</source>
        <translation>“Moslanadigan oʻqituvchilar” boʻlimidagi har bir ism uchun oʻqituvchini tanlang.</translation>
    </message>
    <message>
        <source>Conflicts ({n})</source>
        <translation>Ziddiyatlar ({n})</translation>
    </message>
    <message>
        <source>Teacher for {name}</source>
        <translation>“{name}” uchun oʻqituvchi</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— tanlang —</translation>
    </message>
    <message>
        <source>Create a new teacher</source>
        <translation>Yangi oʻqituvchi yaratish</translation>
    </message>
    <message>
        <source>{name} (fits)</source>
        <translation>{name} (mos)</translation>
    </message>
    <message>
        <source>Teachers to map ({n})</source>
        <translation>Moslanadigan oʻqituvchilar ({n})</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Fayl oʻqilmoqda…</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Import qilinmoqda…</translation>
    </message>
    <message>
        <source>The import failed; nothing was written.</source>
        <translation>Import amalga oshmadi; hech narsa yozilmadi.</translation>
    </message>
    <message>
        <source>Import cancelled: nothing was written.</source>
        <translation>Import bekor qilindi: hech narsa yozilmadi.</translation>
    </message>
</context>
<context>
    <name>IndicatorTableModel</name>
    <message>
        <source>Pass rate</source>
        <translation>Oʻzlashtirish</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>Sifat</translation>
    </message>
    <message>
        <source>SOU</source>
        <translation>SOU</translation>
    </message>
    <message>
        <source>Average</source>
        <translation>Oʻrt. baho</translation>
    </message>
    <message>
        <source>Pass rate (5, 4, 3 of N)</source>
        <translation>Oʻzlashtirish (N dan «5», «4», «3»)</translation>
    </message>
    <message>
        <source>Quality of knowledge (5, 4 of N)</source>
        <translation>Bilim sifati (N dan «5», «4»)</translation>
    </message>
    <message>
        <source>Degree of learning (SOU)</source>
        <translation>Oʻqitilganlik darajasi (SOU)</translation>
    </message>
    <message>
        <source>Average grade</source>
        <translation>Oʻrtacha baho</translation>
    </message>
    <message>
        <source>Grade {grade}</source>
        <translation>{grade}-sinflar</translation>
    </message>
    <message>
        <source>No department</source>
        <translation>Metodbirlashmasiz</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Sinf</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Parallel</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Fan</translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation>Oʻqituvchi</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Metodbirlashma</translation>
    </message>
    <message>
        <source>School</source>
        <translation>Maktab</translation>
    </message>
    <message>
        <source>Pupils</source>
        <translation>Oʻquvchilar</translation>
    </message>
    <message>
        <source>Marks (N)</source>
        <translation>Baholar (N)</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Oʻzgarish</translation>
    </message>
    <message>
        <source>Pupils in the classes of the group, each class counted once</source>
        <translation>Guruh sinflaridagi oʻquvchilar, har bir sinf bir marta hisoblangan</translation>
    </message>
    <message>
        <source>Marks counted (N): one for each pupil in each subject, a mark or not attested (exempt left out). A class of 26 with 10 subjects has up to 260.</source>
        <translation>Hisobga olingan baholar (N): har bir oʻquvchiga har bir fandan bittadan — baho yoki «attestatsiyadan oʻtmagan» (ozod qilinganlar kirmaydi). 26 oʻquvchili va 10 fanli sinfda — 260 tagacha.</translation>
    </message>
    <message>
        <source>{indicator}: change from {term}</source>
        <translation>{indicator}: {term} ga nisbatan oʻzgarish</translation>
    </message>
    <message>
        <source>No results in {term} to compare with</source>
        <translation>Solishtirish uchun {term} natijalari yoʻq</translation>
    </message>
    <message>
        <source>{term}: {value}</source>
        <translation>{term}: {value}</translation>
    </message>
</context>
<context>
    <name>IndicatorsPanel</name>
    <message>
        <source>Indicators by</source>
        <translation>Koʻrsatkichlar</translation>
    </message>
    <message>
        <source>No saved results in this term yet.</source>
        <translation>Bu chorak uchun hali saqlangan natijalar yoʻq.</translation>
    </message>
    <message>
        <source>By class</source>
        <translation>Sinflar boʻyicha</translation>
    </message>
    <message>
        <source>By grade</source>
        <translation>Parallellar boʻyicha</translation>
    </message>
    <message>
        <source>By subject</source>
        <translation>Fanlar boʻyicha</translation>
    </message>
    <message>
        <source>By teacher</source>
        <translation>Oʻqituvchilar boʻyicha</translation>
    </message>
    <message>
        <source>By department</source>
        <translation>Metodbirlashmalar boʻyicha</translation>
    </message>
    <message>
        <source>School</source>
        <translation>Maktab</translation>
    </message>
    <message>
        <source>Indicators — {term}</source>
        <translation>Koʻrsatkichlar — {term}</translation>
    </message>
    <message>
        <source>Change from {term}: ▲ up, ▼ down (points).</source>
        <translation>{term} ga nisbatan oʻzgarish: ▲ oʻsish, ▼ pasayish (punktlarda).</translation>
    </message>
    <message>
        <source>No earlier term to compare with.</source>
        <translation>Solishtirish uchun oldingi chorak yoʻq.</translation>
    </message>
    <message>
        <source>The table shows saved results; save to include your changes.</source>
        <translation>Jadvalda saqlangan natijalar; oʻzgarishlarni kiritish uchun saqlang.</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Koʻrsatkichlar</translation>
    </message>
</context>
<context>
    <name>IntegrityPrompt</name>
    <message>
        <source>The database is damaged</source>
        <translation>Maʼlumotlar bazasi shikastlangan</translation>
    </message>
    <message>
        <source>“{file}” is damaged, and there is no good backup of it in its backups folder. Do not work in it: copy the file and give the copy to whoever supports the program; open another database meanwhile.</source>
        <translation>“{file}” shikastlangan va uning backups jildida butun zaxira nusxa yoʻq. Unda ishlamang: faylni nusxalab, nusxani dasturga xizmat koʻrsatuvchiga bering; hozircha boshqa bazani oching.</translation>
    </message>
    <message>
        <source>“{file}” is damaged (SQLite found errors in it). The latest good backup is from {date}. Restore it? What was changed after {date} is lost; the damaged file is kept in the backups folder.</source>
        <translation>“{file}” shikastlangan (SQLite unda xatolar topdi). Oxirgi butun zaxira nusxa {date} dagi. Uni tiklaysizmi? {date} dan keyingi oʻzgarishlar yoʻqoladi; shikastlangan fayl backups jildida saqlanadi.</translation>
    </message>
    <message>
        <source>Where the database lies</source>
        <translation>Maʼlumotlar bazasi qayerda</translation>
    </message>
    <message>
        <source>“{file}” lies on a network drive. SQLite, which keeps the data, cannot lock a file there reliably, and changes can be lost. Copy the database to this computer's own disk and open the copy.</source>
        <translation>“{file}” tarmoq diskida joylashgan. Maʼlumotlarni saqlovchi SQLite u yerda faylni ishonchli qulflay olmaydi va oʻzgarishlar yoʻqolishi mumkin. Bazani kompyuterning oʻz diskiga nusxalab, nusxasini oching.</translation>
    </message>
    <message>
        <source>“{file}” lies on a removable disk. If the disk is pulled out while the program writes, the database can be damaged. Copy it to this computer's own disk and open the copy.</source>
        <translation>“{file}” olinadigan diskda joylashgan. Dastur yozayotganda disk chiqarib olinsa, baza shikastlanishi mumkin. Uni kompyuterning oʻz diskiga nusxalab, nusxasini oching.</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Log in</source>
        <translation>Kirish</translation>
    </message>
    <message>
        <source>“{place}” has accounts. Log in with the name and password the administrator gave you.</source>
        <translation>“{place}” bazasida hisoblar bor. Administrator bergan nom va parol bilan kiring.</translation>
    </message>
    <message>
        <source>This database has accounts. Log in with the name and password the administrator gave you.</source>
        <translation>Bu bazada hisoblar bor. Administrator bergan nom va parol bilan kiring.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Parol</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Parol:</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Dashboard</source>
        <translation>Boshqaruv paneli</translation>
    </message>
    <message>
        <source>Teachers</source>
        <translation>Oʻqituvchilar</translation>
    </message>
    <message>
        <source>Observations</source>
        <translation>Kuzatuvlar</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Natijalar</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fayl</translation>
    </message>
    <message>
        <source>New database…</source>
        <translation>Yangi baza…</translation>
    </message>
    <message>
        <source>Open database…</source>
        <translation>Bazani ochish…</translation>
    </message>
    <message>
        <source>Connect to a server…</source>
        <translation>Serverga ulanish…</translation>
    </message>
    <message>
        <source>Recent files</source>
        <translation>Soʻnggi fayllar</translation>
    </message>
    <message>
        <source>Backup…</source>
        <translation>Zaxira nusxa…</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Eksport</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Chiqish</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Sozlamalar…</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Sozlamalar</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Yordam</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Foydalanuvchi qoʻllanmasi</translation>
    </message>
    <message>
        <source>About EduQA Desktop</source>
        <translation>EduQA Desktop haqida</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Yangilash</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Qidirish</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Chop etish…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>PDF sifatida saqlash…</translation>
    </message>
    <message>
        <source>New observation</source>
        <translation>Yangi kuzatuv</translation>
    </message>
    <message>
        <source>School</source>
        <translation>Maktab</translation>
    </message>
    <message>
        <source>Database: {name}</source>
        <translation>Baza: {name}</translation>
    </message>
    <message>
        <source>{year}, quarter {number}</source>
        <translation>{year}, {number}-chorak</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>Yangi baza</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>Bazani ochish</translation>
    </message>
    <message>
        <source>Back up the database</source>
        <translation>Bazaning zaxira nusxasini saqlash</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Zaxira nusxa</translation>
    </message>
    <message>
        <source>Choose another file: a backup cannot replace the database itself.</source>
        <translation>Boshqa faylni tanlang: zaxira nusxa bazaning oʻrnini egallay olmaydi.</translation>
    </message>
    <message>
        <source>The backup could not be written. Choose another folder.</source>
        <translation>Zaxira nusxani yozib boʻlmadi. Boshqa papkani tanlang.</translation>
    </message>
    <message>
        <source>Backup saved to {path}</source>
        <translation>Zaxira nusxa saqlandi: {path}</translation>
    </message>
    <message>
        <source>Analysis</source>
        <translation>Tahlil</translation>
    </message>
    <message>
        <source>Surveys</source>
        <translation>Soʻrovnomalar</translation>
    </message>
    <message>
        <source>Files and backups</source>
        <translation>Fayllar va nusxalar</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Saqlanmagan oʻzgarishlar</translation>
    </message>
    <message>
        <source>{tabs}: some changes are not saved yet. Close and lose them?</source>
        <translation>{tabs}: baʼzi oʻzgarishlar hali saqlanmagan. Yopib, ulardan voz kechasizmi?</translation>
    </message>
</context>
<context>
    <name>MechanismsPanel</name>
    <message>
        <source>Evidence of the mechanisms of quality — {period}</source>
        <translation>Sifat mexanizmlarining dalillari — {period}</translation>
    </message>
    <message>
        <source>Observed lessons that show each mechanism, activities recorded and graduates placed with partners; the thinnest first.</source>
        <translation>Har bir mexanizm koʻringan kuzatilgan darslar, qayd etilgan tadbirlar va hamkorlarga joylashgan bitiruvchilar; eng kami birinchi.</translation>
    </message>
    <message>
        <source>No evidence of any mechanism in this selection — observe a lesson or record an activity.</source>
        <translation>Bu tanlovda hech bir mexanizm dalili yoʻq — darsni kuzating yoki tadbirni qayd eting.</translation>
    </message>
    <message>
        <source>{name}
Lessons showing it: {count}
Average score of its criteria: {value}</source>
        <translation>{name}
U koʻringan darslar: {count}
Mezonlarining oʻrtacha bali: {value}</translation>
    </message>
    <message>
        <source>{name}
Activities recorded: {count} (by {teachers} teachers)</source>
        <translation>{name}
Qayd etilgan tadbirlar: {count} ({teachers} nafar oʻqituvchi)</translation>
    </message>
    <message>
        <source>0 — no evidence</source>
        <translation>0 — dalil yoʻq</translation>
    </message>
    <message>
        <source>{name}
Graduates placed so (last year with graduates): {count}</source>
        <translation>{name}
Shu tarzda joylashgan bitiruvchilar (bitiruvchilar boʻlgan oxirgi yil): {count}</translation>
    </message>
    <message>
        <source>Lessons, activities or graduates</source>
        <translation>Darslar, tadbirlar yoki bitiruvchilar</translation>
    </message>
    <message>
        <source>Observed lessons</source>
        <translation>Kuzatilgan darslar</translation>
    </message>
    <message>
        <source>Activities recorded</source>
        <translation>Qayd etilgan tadbirlar</translation>
    </message>
    <message>
        <source>Graduates placed</source>
        <translation>Hamkorlardagi bitiruvchilar</translation>
    </message>
    <message>
        <source>Mechanism</source>
        <translation>Mexanizm</translation>
    </message>
    <message>
        <source>Average score of its criteria, %</source>
        <translation>Mezonlarining oʻrtacha bali, %</translation>
    </message>
    <message>
        <source>Teachers</source>
        <translation>Oʻqituvchilar</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>Professional development overdue: last course on {date}, more than {years} years ago</source>
        <translation>Malaka oshirish muddati oʻtgan: oxirgi kurs {date}, {years} yildan koʻproq oldin</translation>
    </message>
    <message>
        <source>No professional-development course on record</source>
        <translation>Malaka oshirish kursi haqida maʼlumot yoʻq</translation>
    </message>
    <message>
        <source>Latest lesson ({date}) scored {score}, below “needs improvement” ({threshold})</source>
        <translation>Oxirgi dars ({date}) {score} baholandi, “yaxshilash kerak” darajasidan past ({threshold})</translation>
    </message>
    <message>
        <source>Latest lesson ({date}) scored {score}, below “needs improvement” ({threshold}); {below} of the last {lessons} lessons below it</source>
        <translation>Soʻnggi dars ({date}) {score} baholandi, “yaxshilash kerak” darajasidan ({threshold}) past; soʻnggi {lessons} darsdan {below} tasi shu darajadan past</translation>
    </message>
    <message>
        <source>Three latest lessons falling: {first} → {middle} → {last}</source>
        <translation>Oxirgi uchta dars pasaymoqda: {first} → {middle} → {last}</translation>
    </message>
    <message>
        <source>“{criterion}” weak in {weak} of {visits} visits</source>
        <translation>“{criterion}” — {visits} ta kuzatuvdan {weak} tasida zaif</translation>
    </message>
    <message>
        <source>{count} follow-up(s) past due, the oldest due on {due} (lesson of {observed_on})</source>
        <translation>Muddati oʻtgan takroriy kuzatuvlar: {count}, eng eskisi {due} gacha edi ({observed_on} dagi dars)</translation>
    </message>
    <message>
        <source>{count} planned visit(s) overdue, the oldest planned for {month}</source>
        <translation>Muddati oʻtgan rejali kuzatuvlar: {count}, eng eskisi {month} ga rejalashtirilgan</translation>
    </message>
    <message>
        <source>New teacher ({years} years of experience): no lesson visited and no mentor in {year}</source>
        <translation>Yosh oʻqituvchi (staji {years} yil): {year} oʻquv yilida birorta dars kuzatilmagan va ustoz yoʻq</translation>
    </message>
    <message>
        <source>{class_name} {subject}: quality {quality} against {peers} for grade {grade} {subject} in the school, {pupils} pupils</source>
        <translation>{class_name} {subject}: bilim sifati {quality}, maktabdagi {grade}-sinflarda {subject} boʻyicha {peers}, oʻquvchilar: {pupils}</translation>
    </message>
    <message>
        <source>{class_name} {subject}: quality {quality} against {peers} for grade {grade} {subject} in the district, {pupils} pupils</source>
        <translation>{class_name} {subject}: bilim sifati {quality}, tumandagi {grade}-sinflarda {subject} boʻyicha {peers}, oʻquvchilar: {pupils}</translation>
    </message>
    <message>
        <source>{subject} in {classes} class(es): quality {quality} against {peers} for the same pupils with their other teachers, {pupils} pupils</source>
        <translation>{subject}, sinflar: {classes}: bilim sifati {quality}, xuddi shu oʻquvchilarning boshqa oʻqituvchilar bilan natijasi {peers}, oʻquvchilar: {pupils}</translation>
    </message>
    <message>
        <source>{subject} across the school: quality {quality} against {peers} for the same pupils in their other subjects; {teachers} teachers, {pupils} pupils</source>
        <translation>{subject} butun maktab boʻyicha: bilim sifati {quality}, xuddi shu oʻquvchilarning boshqa fanlardagi natijasi {peers}; oʻqituvchilar: {teachers}, oʻquvchilar: {pupils}</translation>
    </message>
    <message>
        <source>{subject} across the school: quality {quality} against {peers} for the same grades in the district; {teachers} teachers, {pupils} pupils</source>
        <translation>{subject} butun maktab boʻyicha: bilim sifati {quality}, tumandagi xuddi shu sinflarda {peers}; oʻqituvchilar: {teachers}, oʻquvchilar: {pupils}</translation>
    </message>
    <message>
        <source>{class_name} {subject}: quality down {terms} quarters running, {first} → {last}</source>
        <translation>{class_name} {subject}: bilim sifati {terms} chorak ketma-ket pasaymoqda, {first} → {last}</translation>
    </message>
    <message>
        <source>The workbook has no sheet “{sheet}” (nor a sheet in its place).</source>
        <translation>Kitobda “{sheet}” varagʻi (yoki uning oʻrnidagi varaq) yoʻq.</translation>
    </message>
    <message>
        <source>Sheet “{sheet}”: the column “{column}” is missing in the header row.</source>
        <translation>“{sheet}” varagʻi: sarlavha qatorida “{column}” ustuni yoʻq.</translation>
    </message>
    <message>
        <source>Sheet “{sheet}”, row {row}, column {column}: write the text in at least one language.</source>
        <translation>“{sheet}” varagʻi, {row}-qator, {column} ustun: matnni kamida bitta tilda yozing.</translation>
    </message>
    <message>
        <source>Sheet “{sheet}”, row {row}, column {column}: write a whole number from 0 to 10.</source>
        <translation>“{sheet}” varagʻi, {row}-qator, {column} ustun: 0 dan 10 gacha butun son yozing.</translation>
    </message>
    <message>
        <source>Sheet “{sheet}”, row {row}, column {column}: the values must increase from row to row.</source>
        <translation>“{sheet}” varagʻi, {row}-qator, {column} ustun: qiymatlar qatordan qatorga oshib borishi kerak.</translation>
    </message>
    <message>
        <source>Sheet “{sheet}”, row {row}, column {column}: the weight must be a number above 0 and up to 100.</source>
        <translation>“{sheet}” varagʻi, {row}-qator, {column} ustun: vazn 0 dan katta va 100 dan oshmaydigan son boʻlishi kerak.</translation>
    </message>
    <message>
        <source>Sheet “{sheet}”, row {row}, column {column}: “{value}” is not a known mechanism.</source>
        <translation>“{sheet}” varagʻi, {row}-qator, {column} ustun: “{value}” — nomaʼlum mexanizm.</translation>
    </message>
    <message>
        <source>Sheet “{sheet}”, row {row}, column {column}: level {value} is not a value of the scale.</source>
        <translation>“{sheet}” varagʻi, {row}-qator, {column} ustun: {value} darajasi shkalada yoʻq.</translation>
    </message>
    <message>
        <source>Sheet “{sheet}”, row {row}, column {column}: the first criterion needs its section.</source>
        <translation>“{sheet}” varagʻi, {row}-qator, {column} ustun: birinchi mezonning boʻlimi koʻrsatilishi kerak.</translation>
    </message>
    <message>
        <source>Sheet “{sheet}”: at least {count} rows are needed below the header.</source>
        <translation>“{sheet}” varagʻi: sarlavha ostida kamida {count} ta qator boʻlishi kerak.</translation>
    </message>
    <message>
        <source>“{path}” cannot be read as an .xlsx workbook.</source>
        <translation>“{path}” faylini .xlsx kitobi sifatida oʻqib boʻlmadi.</translation>
    </message>
    <message>
        <source>The checklist in the workbook is not valid: {problem}</source>
        <translation>Kitobdagi nazorat varaqasida xato bor: {problem}</translation>
    </message>
    <message>
        <source>The sheet “{sheet}” of the package lacks the columns: {columns}.</source>
        <translation>Paketning “{sheet}” varagʻida ustunlar yoʻq: {columns}.</translation>
    </message>
    <message>
        <source>“{file}” is not an observations package: it has no sheet “{sheet}”. Export one with File ▸ Export ▸ Observations package.</source>
        <translation>“{file}” kuzatuvlar paketi emas: unda “{sheet}” varagʻi yoʻq. Paketni Fayl ▸ Eksport ▸ Kuzatuvlar paketi orqali yarating.</translation>
    </message>
    <message>
        <source>The sheet “{sheet}” has more than {limit} rows, the limit set in Settings. Split the file or raise the limit.</source>
        <translation>“{sheet}” varagʻida {limit} tadan koʻp qator bor — bu Sozlamalardagi chegara. Faylni boʻling yoki chegarani oshiring.</translation>
    </message>
    <message>
        <source>Reading “{file}” took longer than {limit} seconds, the limit for one file; it was stopped and nothing was written.</source>
        <translation>“{file}” faylini oʻqish bitta fayl uchun belgilangan {limit} soniyadan uzoq davom etdi; u toʻxtatildi va hech narsa yozilmadi.</translation>
    </message>
    <message>
        <source>“{file}” is {size} MB, more than the {limit} MB an incoming file may have; it was not opened.</source>
        <translation>“{file}” fayli {size} MB — kiruvchi fayl uchun ruxsat etilgan {limit} MB dan katta; u ochilmadi.</translation>
    </message>
    <message>
        <source>“{file}” unpacks to {size} MB, more than the {limit} MB an incoming file may unpack to; it was not opened (it may be damaged or malicious).</source>
        <translation>“{file}” fayli {size} MB ga ochiladi — kiruvchi fayl uchun ruxsat etilgan {limit} MB dan koʻp; u ochilmadi (u shikastlangan yoki zararli boʻlishi mumkin).</translation>
    </message>
    <message>
        <source>“{file}” unpacks to {size} MB in its part {entry}, {ratio} times its packed size (at most {limit} times is allowed); it was not opened (it may be damaged or malicious).</source>
        <translation>“{file}” faylining {entry} qismi {size} MB ga ochiladi — siqilgan hajmidan {ratio} marta koʻp (koʻpi bilan {limit} marta ruxsat etiladi); u ochilmadi (u shikastlangan yoki zararli boʻlishi mumkin).</translation>
    </message>
    <message>
        <source>“{file}” holds XML with a document type declaration (in {entry}), which no spreadsheet needs and which can hide entities or links to a network; it was not opened.</source>
        <translation>“{file}” faylida hujjat turi eʼlon qilingan XML bor ({entry} ichida); elektron jadvalga bu kerak emas, uning ortida obyektlar yoki tarmoqqa havolalar yashirinishi mumkin; fayl ochilmadi.</translation>
    </message>
    <message>
        <source>“{file}” has {count} sheets, more than the {limit} an incoming file may have.</source>
        <translation>“{file}” faylida {count} ta varaq bor — kiruvchi fayl uchun ruxsat etilgan {limit} tadan koʻp.</translation>
    </message>
    <message>
        <source>The sheet “{sheet}” of “{file}” reaches row {count}, beyond the {limit} rows an incoming sheet may have.</source>
        <translation>“{file}” faylining “{sheet}” varagʻi {count}-qatorgacha boradi — kiruvchi varaq uchun ruxsat etilgan {limit} qatordan ortiq.</translation>
    </message>
    <message>
        <source>The sheet “{sheet}” of “{file}” reaches column {column} ({count}), beyond the {limit} columns an incoming sheet may have.</source>
        <translation>“{file}” faylining “{sheet}” varagʻi {column} ({count}) ustungacha boradi — kiruvchi varaq uchun ruxsat etilgan {limit} ustundan ortiq.</translation>
    </message>
    <message>
        <source>A cell of “{file}” ({where}) holds more than the {limit} characters one cell may hold.</source>
        <translation>“{file}” faylining bir katagida ({where}) bitta katakka ruxsat etilgan {limit} belgidan koʻp matn bor.</translation>
    </message>
    <message>
        <source>“{file}” is damaged or incomplete (it may have been cut off while copying). Ask for the file again.</source>
        <translation>“{file}” fayli buzilgan yoki toʻliq emas (nusxa olishda kesilgan boʻlishi mumkin). Faylni qayta soʻrang.</translation>
    </message>
    <message>
        <source>The number of graduates must be a whole number of 0 or more, not “{value}”.</source>
        <translation>Bitiruvchilar soni 0 yoki undan katta butun son boʻlishi kerak, “{value}” emas.</translation>
    </message>
    <message>
        <source>{file} is not a graduates template of EduQA. Make one with File ▸ Surveys ▸ Import graduates… ▸ Blank template.</source>
        <translation>{file} EduQA bitiruvchilar shabloni emas. Uni Fayl ▸ Soʻrovnomalar ▸ Bitiruvchilarni import qilish… ▸ Boʻsh shablon orqali yarating.</translation>
    </message>
    <message>
        <source>“{value}” is not a destination of graduates this app knows.</source>
        <translation>“{value}” — dastur bilmaydigan bitiruvchilar yoʻnalishi.</translation>
    </message>
    <message>
        <source>{file}: the header row (“Destination”, “Grade 9”, “Grade 11”) is missing.</source>
        <translation>{file}: sarlavha qatori (“Qayerga”, “9-sinf”, “11-sinf”) yoʻq.</translation>
    </message>
    <message>
        <source>The columns “Grade 9” and “Grade 11” are missing.</source>
        <translation>“9-sinf” va “11-sinf” ustunlari yoʻq.</translation>
    </message>
    <message>
        <source>Write the partner organisation's name.</source>
        <translation>Hamkor tashkilot nomini yozing.</translation>
    </message>
    <message>
        <source>The grade is 9 or 11, not “{value}”.</source>
        <translation>Sinf 9 yoki 11 boʻladi, “{value}” emas.</translation>
    </message>
    <message>
        <source>“{value}” is not a way of placement: write dual education, internship or work.</source>
        <translation>“{value}” joylashtirish usuli emas: dual taʼlim, amaliyot yoki ish deb yozing.</translation>
    </message>
    <message>
        <source>The teacher “{name}” (rows {rows}) fits several teachers: {candidates}. Choose one.</source>
        <translation>“{name}” oʻqituvchisi ({rows}-qatorlar) bir nechta oʻqituvchiga mos keladi: {candidates}. Bittasini tanlang.</translation>
    </message>
    <message>
        <source>The teacher “{name}” (rows {rows}) is not in this school. Map them to a teacher or create them (--create-missing).</source>
        <translation>“{name}” oʻqituvchisi ({rows}-qatorlar) bu maktabda yoʻq. Uni oʻqituvchiga moslang yoki yarating (--create-missing).</translation>
    </message>
    <message>
        <source>“{file}”, sheet “{sheet}”, row {row}, column {column}: {problem}</source>
        <translation>«{file}», «{sheet}» varagʻi, {row}-qator, {column} ustun: {problem}</translation>
    </message>
    <message>
        <source>“{file}” is not a questionnaire workbook: expected a sheet of statements with the columns {columns}.</source>
        <translation>«{file}» soʻrovnoma kitobi emas: {columns} ustunli fikrlar varagʻi kutilgan edi.</translation>
    </message>
    <message>
        <source>The questionnaire in “{file}” is not valid: {problem}</source>
        <translation>«{file}» dagi soʻrovnoma notoʻgʻri: {problem}</translation>
    </message>
    <message>
        <source>The file does not say which academic year it is for: add a column “Academic year”, write it in the title (“1 четверть 2025-2026”) or choose it.</source>
        <translation>Faylda oʻquv yili koʻrsatilmagan: “Oʻquv yili” ustunini qoʻshing, sarlavhaga yozing (“I chorak 2025-2026”) yoki uni tanlang.</translation>
    </message>
    <message>
        <source>The file does not say which quarter it is for: add a column “Quarter”, write it in the title (“I chorak”) or choose it.</source>
        <translation>Faylda chorak koʻrsatilmagan: “Chorak” ustunini qoʻshing, sarlavhaga yozing (“I chorak”) yoki uni tanlang.</translation>
    </message>
    <message>
        <source>{value} is not a quarter (1–4).</source>
        <translation>{value} chorak emas (1–4).</translation>
    </message>
    <message>
        <source>Pupils with a mark ({marked}) + not attested ({na}) + exempt ({exempt}) = {used}, more than the {size} pupils in the class.</source>
        <translation>Baho olganlar ({marked}) + attestatsiyadan oʻtmaganlar ({na}) + ozod qilinganlar ({exempt}) = {used}, bu sinfdagi {size} oʻquvchidan koʻp.</translation>
    </message>
    <message>
        <source>This cell must not be empty.</source>
        <translation>Bu katak boʻsh boʻlmasligi kerak.</translation>
    </message>
    <message>
        <source>“{value}” is not an academic year; write it like 2025-2026.</source>
        <translation>“{value}” oʻquv yili emas; 2025-2026 kabi yozing.</translation>
    </message>
    <message>
        <source>“{file}” is not a school package: it has no sheet “{sheet}”. A school makes one with File ▸ Send to the district….</source>
        <translation>“{file}” maktab paketi emas: unda “{sheet}” varagʻi yoʻq. Maktab uni Fayl ▸ Tumanga yuborish… orqali tayyorlaydi.</translation>
    </message>
    <message>
        <source>The school package “{file}” lacks the sheet “{sheet}”: it is damaged or was altered. Ask the school to send it again.</source>
        <translation>“{file}” maktab paketida “{sheet}” varagʻi yoʻq: u shikastlangan yoki oʻzgartirilgan. Maktabdan uni qayta yuborishni soʻrang.</translation>
    </message>
    <message>
        <source>The sheet “{sheet}” of the school package “{file}” lacks the columns: {columns}. Ask the school to send it again.</source>
        <translation>“{file}” maktab paketining “{sheet}” varagʻida ustunlar yoʻq: {columns}. Maktabdan uni qayta yuborishni soʻrang.</translation>
    </message>
    <message>
        <source>The school package “{file}” was changed after it was made (its checksum does not match), so it was not read. Ask the school to send it again.</source>
        <translation>“{file}” maktab paketi tayyorlangandan keyin oʻzgartirilgan (nazorat yigʻindisi mos emas), shuning uchun oʻqilmadi. Maktabdan uni qayta yuborishni soʻrang.</translation>
    </message>
    <message>
        <source>The school package “{file}” was made by a newer version of EduQA Desktop ({version}). Install that version to receive it.</source>
        <translation>“{file}” maktab paketi EduQA Desktopning yangiroq versiyasida ({version}) tayyorlangan. Uni qabul qilish uchun oʻsha versiyani oʻrnating.</translation>
    </message>
    <message>
        <source>This teacher is already listed in row {other}.</source>
        <translation>Bu oʻqituvchi {other}-qatorda allaqachon bor.</translation>
    </message>
    <message>
        <source>The personnel number {value} is already given to another teacher in row {other}; each teacher has their own.</source>
        <translation>{value} tabel raqami {other}-qatordagi boshqa oʻqituvchiga berilgan; har bir oʻqituvchining oʻz raqami boʻladi.</translation>
    </message>
    <message>
        <source>“{value}” is not a category; write oliy, birinchi, ikkinchi or mutaxassis (высшая, первая, вторая, специалист).</source>
        <translation>“{value}” toifa emas; oliy, birinchi, ikkinchi yoki mutaxassis deb yozing (высшая, первая, вторая, специалист).</translation>
    </message>
    <message>
        <source>{value} years of experience is impossible (at most {limit}).</source>
        <translation>{value} yil staj boʻlishi mumkin emas (koʻpi bilan {limit}).</translation>
    </message>
    <message>
        <source>The date {value} is in the future.</source>
        <translation>{value} sanasi kelajakda.</translation>
    </message>
    <message>
        <source>{file} is not a survey template of EduQA. Make one with File ▸ Surveys ▸ Blank survey template.</source>
        <translation>{file} EduQA soʻrovnoma shabloni emas. Uni Fayl ▸ Soʻrovnomalar ▸ Boʻsh soʻrovnoma shabloni orqali yarating.</translation>
    </message>
    <message>
        <source>{file}: the hidden sheet “eduqa” was changed; make a new template.</source>
        <translation>{file}: yashirin «eduqa» varagʻi oʻzgartirilgan; yangi shablon yarating.</translation>
    </message>
    <message>
        <source>{file}: the header row of the answers (“No.” or “Respondent”) is missing.</source>
        <translation>{file}: javoblarning sarlavha qatori («№» yoki «Respondent») yoʻq.</translation>
    </message>
    <message>
        <source>The quarter is 1, 2, 3 or 4, not “{value}”.</source>
        <translation>Chorak 1, 2, 3 yoki 4 boʻladi, «{value}» emas.</translation>
    </message>
    <message>
        <source>The number of questionnaires returned must be a whole number, not “{value}”.</source>
        <translation>Qaytarilgan anketalar soni butun son boʻlishi kerak, «{value}» emas.</translation>
    </message>
    <message>
        <source>The header must have the columns 1, 2, 3, 4 and 5 of the answers.</source>
        <translation>Sarlavhada 1, 2, 3, 4 va 5 javob ustunlari boʻlishi kerak.</translation>
    </message>
    <message>
        <source>Expected the statement's number here, not “{value}”.</source>
        <translation>Bu yerda fikr raqami boʻlishi kerak, «{value}» emas.</translation>
    </message>
    <message>
        <source>How many answered {answer}: expected a whole number 0 or more, not “{value}”.</source>
        <translation>{answer} deb javob berganlar soni: 0 yoki undan katta butun son kerak, «{value}» emas.</translation>
    </message>
    <message>
        <source>Statement {number} is written twice.</source>
        <translation>{number}-fikr ikki marta yozilgan.</translation>
    </message>
    <message>
        <source>Statement {number} has {answers} answers but only {respondents} questionnaires were returned.</source>
        <translation>{number}-fikrga {answers} ta javob bor, lekin faqat {respondents} ta anketa qaytarilgan.</translation>
    </message>
    <message>
        <source>The header has no statement numbers.</source>
        <translation>Sarlavhada fikrlar raqamlari yoʻq.</translation>
    </message>
    <message>
        <source>An answer is 1, 2, 3, 4 or 5 (or empty), not “{value}”.</source>
        <translation>Javob 1, 2, 3, 4 yoki 5 (yoki boʻsh) boʻladi, «{value}» emas.</translation>
    </message>
    <message>
        <source>{file} is not an .xlsx workbook. Save it from Excel as .xlsx and import that.</source>
        <translation>{file} .xlsx kitobi emas. Uni Excelda .xlsx sifatida saqlang va import qiling.</translation>
    </message>
    <message>
        <source>{file} cannot be read as a workbook: {reason}</source>
        <translation>{file} faylini Excel kitobi sifatida oʻqib boʻlmadi: {reason}</translation>
    </message>
    <message>
        <source>The file “{file}” does not exist.</source>
        <translation>“{file}” fayli mavjud emas.</translation>
    </message>
    <message>
        <source>The file “{file}” cannot be read: {reason}</source>
        <translation>“{file}” faylini oʻqib boʻlmadi: {reason}</translation>
    </message>
    <message>
        <source>The file “{file}” is empty (0 bytes).</source>
        <translation>“{file}” fayli boʻsh (0 bayt).</translation>
    </message>
    <message>
        <source>“{file}” is a text (CSV) file, not a spreadsheet. Open it in Excel or LibreOffice and save it as .xlsx.</source>
        <translation>“{file}” — matnli (CSV) fayl, jadval emas. Uni Excel yoki LibreOfficeʼda oching va .xlsx sifatida saqlang.</translation>
    </message>
    <message>
        <source>“{file}” is a {kind} file, not a spreadsheet. Choose an .xlsx, .xls or .ods file.</source>
        <translation>“{file}” — {kind} fayli, jadval emas. .xlsx, .xls yoki .ods faylini tanlang.</translation>
    </message>
    <message>
        <source>“{file}” is not a spreadsheet. Choose an .xlsx, .xls or .ods file.</source>
        <translation>“{file}” jadval emas. .xlsx, .xls yoki .ods faylini tanlang.</translation>
    </message>
    <message>
        <source>“{file}” is a Word document, not a spreadsheet. Choose an .xlsx, .xls or .ods file.</source>
        <translation>“{file}” — Word hujjati, jadval emas. .xlsx, .xls yoki .ods faylini tanlang.</translation>
    </message>
    <message>
        <source>“{file}” is protected with a password. Open it in Excel or LibreOffice, remove the password (save without one) and import that copy.</source>
        <translation>“{file}” parol bilan himoyalangan. Uni Excel yoki LibreOfficeʼda oching, parolni olib tashlang (parolsiz saqlang) va shu nusxani import qiling.</translation>
    </message>
    <message>
        <source>Cells {cells} of the sheet “{sheet}” hold formulas without a calculated value. Open the file in Excel or LibreOffice, let it calculate, save it and import it again.</source>
        <translation>“{sheet}” varagʻidagi {cells} kataklarida hisoblanmagan formulalar bor. Faylni Excel yoki LibreOfficeʼda oching, hisoblashiga imkon bering, saqlang va qayta import qiling.</translation>
    </message>
    <message>
        <source>“{value}” is not a date this program can read; write it like 24.11.2026.</source>
        <translation>“{value}” — dastur oʻqiy olmaydigan sana; 24.11.2026 kabi yozing.</translation>
    </message>
    <message>
        <source>The date {value} is impossible.</source>
        <translation>{value} sanasi boʻlishi mumkin emas.</translation>
    </message>
    <message>
        <source>“{value}” is not a number.</source>
        <translation>“{value}” son emas.</translation>
    </message>
    <message>
        <source>{value} is impossible here: it cannot be negative.</source>
        <translation>Bu yerda {value} boʻlishi mumkin emas: son manfiy boʻla olmaydi.</translation>
    </message>
    <message>
        <source>{value} is impossible here: a whole number is needed.</source>
        <translation>Bu yerda {value} boʻlishi mumkin emas: butun son kerak.</translation>
    </message>
    <message>
        <source>{value} is impossible here: it is far too large.</source>
        <translation>Bu yerda {value} boʻlishi mumkin emas: son juda katta.</translation>
    </message>
    <message>
        <source>“{file}” holds no data: every sheet is empty.</source>
        <translation>“{file}” faylida maʼlumot yoʻq: barcha varaqlar boʻsh.</translation>
    </message>
    <message>
        <source>No sheet in “{file}” has the expected columns: {columns}. Use the template (File ▸ Export ▸ Template).</source>
        <translation>“{file}” faylining hech bir varagʻida kerakli ustunlar yoʻq: {columns}. Shablondan foydalaning (Fayl ▸ Eksport ▸ Shablon).</translation>
    </message>
    <message>
        <source>The sheet “{sheet}” of “{file}” lacks the columns: {columns}.</source>
        <translation>“{file}” faylining “{sheet}” varagʻida ustunlar yoʻq: {columns}.</translation>
    </message>
    <message>
        <source>Columns {first} and {second} are both “{header}” but hold different values (“{a}” and “{b}”); keep only one of them.</source>
        <translation>{first} va {second} ustunlarining ikkalasi ham “{header}” deb nomlangan, lekin ularda turli qiymatlar bor (“{a}” va “{b}”); ulardan faqat bittasini qoldiring.</translation>
    </message>
    <message>
        <source>“{file}”, sheet “{sheet}”, row {row}, column {column}: “{value}” is not a weight; expected a number above 0 and up to 100.</source>
        <translation>“{file}”, “{sheet}” varagʻi, {row}-qator, {column} ustuni: “{value}” vazn emas; 0 dan katta va 100 dan oshmaydigan son kutilgan edi.</translation>
    </message>
    <message>
        <source>“{file}”, sheet “{sheet}”, row {row}, column {column}: “{value}” is not a known mechanism; expected some of: {known}.</source>
        <translation>“{file}”, “{sheet}” varagʻi, {row}-qator, {column} ustuni: “{value}” — nomaʼlum mexanizm; quyidagilardan ayrimlari kutilgan edi: {known}.</translation>
    </message>
    <message>
        <source>the question type “{type}” has no place in a checklist</source>
        <translation>“{type}” turidagi savolga nazorat varaqasida oʻrin yoʻq</translation>
    </message>
    <message>
        <source>its choices (“{list}”) are not an ordered scale</source>
        <translation>uning variantlari (“{list}”) tartiblangan shkala emas</translation>
    </message>
    <message>
        <source>its scale (“{list}”) is not the checklist's scale (“{scale}”)</source>
        <translation>uning shkalasi (“{list}”) nazorat varaqasining shkalasi (“{scale}”) emas</translation>
    </message>
    <message>
        <source>inside a repeat</source>
        <translation>takrorlanuvchi guruh (repeat) ichida</translation>
    </message>
    <message>
        <source>the texts in “{language}”</source>
        <translation>“{language}” tilidagi matnlar</translation>
    </message>
    <message>
        <source>its condition (relevant: {value}); the criterion itself is carried over</source>
        <translation>uning sharti (relevant: {value}); mezonning oʻzi koʻchirildi</translation>
    </message>
    <message>
        <source>its hint; the criterion itself is carried over</source>
        <translation>uning izohi (hint); mezonning oʻzi koʻchirildi</translation>
    </message>
    <message>
        <source>“{file}” is not an XLSForm: expected a sheet “survey” with a “type” column; its sheets are: {sheets}.</source>
        <translation>“{file}” XLSForm emas: “type” ustunli “survey” varagʻi kutilgan edi; fayldagi varaqlar: {sheets}.</translation>
    </message>
    <message>
        <source>“{file}”, sheet “{sheet}”, row 1: the column “{column}” is missing; expected it in the header row.</source>
        <translation>“{file}”, “{sheet}” varagʻi, 1-qator: “{column}” ustuni yoʻq; u sarlavha qatorida kutilgan edi.</translation>
    </message>
    <message>
        <source>“{file}”, sheet “{sheet}”, row {row}, column {column}: the choice list “{list}” is not in the sheet “choices”; expected one of: {lists}.</source>
        <translation>“{file}”, “{sheet}” varagʻi, {row}-qator, {column} ustuni: “{list}” variantlar roʻyxati “choices” varagʻida yoʻq; quyidagilardan biri kutilgan edi: {lists}.</translation>
    </message>
    <message>
        <source>“{file}”, sheet “{sheet}”, row {row}, column {column}: “{type}” closes nothing that is open here; expected “{expected}”.</source>
        <translation>“{file}”, “{sheet}” varagʻi, {row}-qator, {column} ustuni: “{type}” hech narsani yopmaydi — bu yerda bunday ochiq guruh yoʻq; “{expected}” kutilgan edi.</translation>
    </message>
    <message>
        <source>“{file}”, sheet “{sheet}”, row {row}, column {column}: “{name}”, begun here, is never closed; expected “{expected}” below it.</source>
        <translation>“{file}”, “{sheet}” varagʻi, {row}-qator, {column} ustuni: shu yerda boshlangan “{name}” hech qayerda yopilmagan; pastroqda “{expected}” kutilgan edi.</translation>
    </message>
    <message>
        <source>“{file}”, sheet “{sheet}”, row {row}, column {column}: the choice list “{list}” has the values {values}; expected a scale of whole numbers from 0 to 10 without gaps.</source>
        <translation>“{file}”, “{sheet}” varagʻi, {row}-qator, {column} ustuni: “{list}” variantlar roʻyxatida {values} qiymatlari bor; 0 dan 10 gacha boʻlgan, oraligʻi tushib qolmagan butun sonlar shkalasi kutilgan edi.</translation>
    </message>
    <message>
        <source>“{file}”, sheet “survey”: no question can become a criterion; expected at least one “select_one” question whose choices are an ordered scale (such as 1, 2, 3, 4).</source>
        <translation>“{file}”, “survey” varagʻi: birorta savol mezonga aylana olmaydi; variantlari tartiblangan shkala (masalan, 1, 2, 3, 4) boʻlgan kamida bitta “select_one” savoli kutilgan edi.</translation>
    </message>
    <message>
        <source>“{file}”, sheet “{sheet}”, row {row}, column {column}: the name “{name}” is already used in row {first}; expected each name once.</source>
        <translation>“{file}”, “{sheet}” varagʻi, {row}-qator, {column} ustuni: “{name}” nomi {first}-qatorda allaqachon ishlatilgan; har bir nom bir marta kutilgan edi.</translation>
    </message>
    <message>
        <source>“{file}”, sheet “{sheet}”, row {row}, column {column}: the choice “{name}” is already in the list “{list}” (row {first}); expected each choice once in its list.</source>
        <translation>“{file}”, “{sheet}” varagʻi, {row}-qator, {column} ustuni: “{name}” varianti “{list}” roʻyxatida allaqachon bor ({first}-qator); har bir variant oʻz roʻyxatida bir marta kutilgan edi.</translation>
    </message>
    <message>
        <source>“{file}”, sheet “{sheet}”, row {row}, column {column}: “{name}” has no label; expected its text in at least one language.</source>
        <translation>“{file}”, “{sheet}” varagʻi, {row}-qator, {column} ustuni: “{name}” uchun matn (label) yoʻq; kamida bitta tilda matn kutilgan edi.</translation>
    </message>
    <message>
        <source>“{file}”: the checklist made from the form is not valid: {problem}</source>
        <translation>“{file}”: shakldan tuzilgan nazorat varaqasi notoʻgʻri: {problem}</translation>
    </message>
    <message>
        <source>The account “{login}” has been disabled or removed: log in again.</source>
        <translation>“{login}” hisobi oʻchirilgan yoki olib tashlangan: qaytadan kiring.</translation>
    </message>
    <message>
        <source>This database has accounts: log in first (on the command line: --user NAME).</source>
        <translation>Bu bazada hisoblar bor: avval tizimga kiring (buyruq satrida: --user NOM).</translation>
    </message>
    <message>
        <source>The account “{login}” does not reach this school. Ask the administrator to assign it.</source>
        <translation>“{login}” hisobiga bu maktab biriktirilmagan. Administratordan biriktirishni soʻrang.</translation>
    </message>
    <message>
        <source>The account “{login}” sees only its own schools: choose one of them.</source>
        <translation>“{login}” hisobi faqat oʻz maktablarini koʻradi: ulardan birini tanlang.</translation>
    </message>
    <message>
        <source>The account “{login}” may not see this data.</source>
        <translation>“{login}” hisobi bu maʼlumotlarni koʻra olmaydi.</translation>
    </message>
    <message>
        <source>The account “{login}” may not record or change observations.</source>
        <translation>“{login}” hisobi kuzatuvlarni yozishi va oʻzgartirishi mumkin emas.</translation>
    </message>
    <message>
        <source>The account “{login}” may not change checklists.</source>
        <translation>“{login}” hisobi kuzatuv varaqalarini oʻzgartirishi mumkin emas.</translation>
    </message>
    <message>
        <source>The account “{login}” may not change the visit plan.</source>
        <translation>“{login}” hisobi dars kuzatish rejasini oʻzgartirishi mumkin emas.</translation>
    </message>
    <message>
        <source>The account “{login}” may not change teachers or their activities.</source>
        <translation>“{login}” hisobi oʻqituvchilarni va ularning faoliyatini oʻzgartirishi mumkin emas.</translation>
    </message>
    <message>
        <source>The account “{login}” may not enter or change results.</source>
        <translation>“{login}” hisobi natijalarni kiritishi va oʻzgartirishi mumkin emas.</translation>
    </message>
    <message>
        <source>The account “{login}” may not import files or packages.</source>
        <translation>“{login}” hisobi fayl va paketlarni import qilishi mumkin emas.</translation>
    </message>
    <message>
        <source>The account “{login}” may not add schools, years or terms.</source>
        <translation>“{login}” hisobi maktab, oʻquv yili va choraklarni qoʻsha olmaydi.</translation>
    </message>
    <message>
        <source>The account “{login}” may not change the settings.</source>
        <translation>“{login}” hisobi sozlamalarni oʻzgartirishi mumkin emas.</translation>
    </message>
    <message>
        <source>The account “{login}” may not back up or restore the database.</source>
        <translation>“{login}” hisobi zaxira nusxa yaratishi va tiklashi mumkin emas.</translation>
    </message>
    <message>
        <source>The account “{login}” may not manage accounts.</source>
        <translation>“{login}” hisobi hisoblarni boshqarishi mumkin emas.</translation>
    </message>
    <message>
        <source>The name or the password is wrong.</source>
        <translation>Nom yoki parol notoʻgʻri.</translation>
    </message>
    <message>
        <source>The account “{login}” is locked after {tries} wrong passwords. Try again in {minutes} min, or ask the administrator to reset the password.</source>
        <translation>“{login}” hisobi {tries} marta notoʻgʻri paroldan keyin bloklandi. {minutes} daqiqadan keyin qayta urinib koʻring yoki administratordan parolni tiklashni soʻrang.</translation>
    </message>
    <message>
        <source>The account “{login}” is disabled. Ask the administrator.</source>
        <translation>“{login}” hisobi oʻchirilgan. Administratorga murojaat qiling.</translation>
    </message>
    <message>
        <source>Write a login name.</source>
        <translation>Kirish nomini yozing.</translation>
    </message>
    <message>
        <source>An account “{login}” already exists.</source>
        <translation>“{login}” hisobi allaqachon mavjud.</translation>
    </message>
    <message>
        <source>A login name is at most 100 characters.</source>
        <translation>Kirish nomi 100 belgidan oshmasligi kerak.</translation>
    </message>
    <message>
        <source>A password needs at least {count} characters.</source>
        <translation>Parol kamida {count} belgidan iborat boʻlishi kerak.</translation>
    </message>
    <message>
        <source>The first account must be an administrator, who then creates the others.</source>
        <translation>Birinchi hisob administrator boʻlishi kerak — qolganlarini u yaratadi.</translation>
    </message>
    <message>
        <source>Choose the school of a school account.</source>
        <translation>Maktab hisobi uchun maktabni tanlang.</translation>
    </message>
    <message>
        <source>Choose at least one school for a methodologist or inspector.</source>
        <translation>Metodist yoki inspektor uchun kamida bitta maktabni tanlang.</translation>
    </message>
    <message>
        <source>The chosen school is not in this database.</source>
        <translation>Tanlangan maktab bu bazada yoʻq.</translation>
    </message>
    <message>
        <source>“{login}” is the last active administrator: make another administrator first.</source>
        <translation>“{login}” — oxirgi faol administrator: avval boshqa administrator tayinlang.</translation>
    </message>
    <message>
        <source>The account no longer exists.</source>
        <translation>Bu hisob endi mavjud emas.</translation>
    </message>
    <message>
        <source>This activity type is no longer in the catalogue.</source>
        <translation>Bu faoliyat turi endi roʻyxatda yoʻq.</translation>
    </message>
    <message>
        <source>Give the activity type a name.</source>
        <translation>Faoliyat turiga nom bering.</translation>
    </message>
    <message>
        <source>The name is longer than {limit} characters.</source>
        <translation>Nom {limit} belgidan uzun.</translation>
    </message>
    <message>
        <source>A professional-development course is counted in hours.</source>
        <translation>Malaka oshirish kursi soatlarda hisoblanadi.</translation>
    </message>
    <message>
        <source>The catalogue already has a type named “{name}”.</source>
        <translation>Roʻyxatda «{name}» turi allaqachon bor.</translation>
    </message>
    <message>
        <source>{count} activities are of this type, so it cannot be deleted. Archive it instead.</source>
        <translation>Bu turdagi yozuvlar soni: {count}, shuning uchun uni oʻchirib boʻlmaydi. Uni arxivga oʻtkazing.</translation>
    </message>
    <message>
        <source>This teacher is no longer in the database.</source>
        <translation>Bu oʻqituvchi endi bazada yoʻq.</translation>
    </message>
    <message>
        <source>This date is in the future.</source>
        <translation>Bu sana hali kelmagan.</translation>
    </message>
    <message>
        <source>The quantity must be a number.</source>
        <translation>Miqdor son boʻlishi kerak.</translation>
    </message>
    <message>
        <source>The quantity must be more than 0 and at most {limit}.</source>
        <translation>Miqdor 0 dan katta va {limit} dan oshmasligi kerak.</translation>
    </message>
    <message>
        <source>A place is a number from 1 to 100.</source>
        <translation>Oʻrin — 1 dan 100 gacha son.</translation>
    </message>
    <message>
        <source>Unknown level “{level}”.</source>
        <translation>Nomaʼlum daraja: «{level}».</translation>
    </message>
    <message>
        <source>The note is longer than {limit} characters.</source>
        <translation>Izoh {limit} belgidan uzun.</translation>
    </message>
    <message>
        <source>This activity is no longer in the database.</source>
        <translation>Bu faoliyat yozuvi endi bazada yoʻq.</translation>
    </message>
    <message>
        <source>A backup could not be written: the folder {folder} is read-only or may not be written by you. Nothing was changed; keep the database in a folder you can write to.</source>
        <translation>Zaxira nusxani yozib boʻlmadi: {folder} jildi faqat oʻqish uchun yoki unga yozishga ruxsatingiz yoʻq. Hech narsa oʻzgarmadi; bazani yozish mumkin boʻlgan jildda saqlang.</translation>
    </message>
    <message>
        <source>A backup could not be written: the disk of {folder} is full. Nothing was changed; free some space and try again.</source>
        <translation>Zaxira nusxani yozib boʻlmadi: {folder} jildi joylashgan disk toʻlgan. Hech narsa oʻzgarmadi; joy boʻshatib, qaytadan urinib koʻring.</translation>
    </message>
    <message>
        <source>A backup could not be written to {folder} ({detail}). Nothing was changed.</source>
        <translation>Zaxira nusxani {folder} ga yozib boʻlmadi ({detail}). Hech narsa oʻzgarmadi.</translation>
    </message>
    <message>
        <source>“{file}” is not an EduQA database; nothing was restored.</source>
        <translation>“{file}” EduQA maʼlumotlar bazasi emas; hech narsa tiklanmadi.</translation>
    </message>
    <message>
        <source>“{file}” is damaged ({detail}); nothing was restored. Choose another backup.</source>
        <translation>“{file}” shikastlangan ({detail}); hech narsa tiklanmadi. Boshqa zaxira nusxani tanlang.</translation>
    </message>
    <message>
        <source>A backup cannot replace the database itself; choose another file.</source>
        <translation>Zaxira nusxa bazaning oʻrnini bosa olmaydi; boshqa faylni tanlang.</translation>
    </message>
    <message>
        <source>“{value}” is not an academic year. Write it like 2025-2026.</source>
        <translation>“{value}” oʻquv yili emas. 2025-2026 koʻrinishida yozing.</translation>
    </message>
    <message>
        <source>Type your name in Settings first: co-observations are told apart by their observers.</source>
        <translation>Avval Sozlamalarda ismingizni yozing: birgalikdagi kuzatuvlar kuzatuvchilari boʻyicha ajratiladi.</translation>
    </message>
    <message>
        <source>Say which lesson is watched together, e.g. the video.</source>
        <translation>Qaysi dars birga koʻrilishini yozing, masalan, video.</translation>
    </message>
    <message>
        <source>There is no academic year {year} in this database.</source>
        <translation>Bu bazada {year} oʻquv yili yoʻq.</translation>
    </message>
    <message>
        <source>“{format}” is not a checklist file format; use one of: {formats}.</source>
        <translation>“{format}” nazorat varaqasi fayli formati emas; quyidagilardan birini tanlang: {formats}.</translation>
    </message>
    <message>
        <source>No checklist is called “{name}”. The checklists: {names}.</source>
        <translation>“{name}” nomli nazorat varaqasi yoʻq. Nazorat varaqalari: {names}.</translation>
    </message>
    <message>
        <source>Several checklists are called “{name}”; give the id of one: {ids}.</source>
        <translation>“{name}” nomi bir nechta nazorat varaqasiga tegishli; ulardan birining raqamini (id) koʻrsating: {ids}.</translation>
    </message>
    <message>
        <source>This checklist no longer exists.</source>
        <translation>Bu nazorat varaqasi endi mavjud emas.</translation>
    </message>
    <message>
        <source>The checklist cannot be saved: {problem}</source>
        <translation>Nazorat varaqasini saqlab boʻlmadi: {problem}</translation>
    </message>
    <message>
        <source>A newer version of this checklist exists; edit that one.</source>
        <translation>Bu nazorat varaqasining yangiroq versiyasi bor — oʻshani tahrirlang.</translation>
    </message>
    <message>
        <source>Someone else saved this record after you opened it; nothing of yours was written yet.</source>
        <translation>Siz ochganingizdan keyin bu yozuvni boshqa kishi saqladi; sizning oʻzgarishlaringiz hali yozilmadi.</translation>
    </message>
    <message>
        <source>A school named “{name}” is already in this file.</source>
        <translation>“{name}” nomli maktab bu faylda allaqachon bor.</translation>
    </message>
    <message>
        <source>The number of graduates cannot be negative.</source>
        <translation>Bitiruvchilar soni manfiy boʻlishi mumkin emas.</translation>
    </message>
    <message>
        <source>Graduates are counted for grades 9 and 11 only.</source>
        <translation>Bitiruvchilar faqat 9- va 11-sinflar uchun hisoblanadi.</translation>
    </message>
    <message>
        <source>A placement with a partner is dual education, an internship or work.</source>
        <translation>Hamkorga joylashtirish — dual taʼlim, amaliyot yoki ish.</translation>
    </message>
    <message>
        <source>{placed} graduates are placed with partners for “{destination}”, but only {count} went there.</source>
        <translation>Hamkorlarga “{destination}” boʻyicha {placed} bitiruvchi joylashtirilgan, lekin u yerga faqat {count} nafari ketgan.</translation>
    </message>
    <message>
        <source>Say which academic year the graduates finished: fill it in the file or choose it for the import.</source>
        <translation>Bitiruvchilar qaysi oʻquv yilida tamomlaganini koʻrsating: faylga yozing yoki importda tanlang.</translation>
    </message>
    <message>
        <source>Partners took graduates of grade {grade}, but the grade's destinations are not filled in.</source>
        <translation>Hamkorlar {grade}-sinf bitiruvchilarini qabul qilgan, lekin shu sinfning yoʻnalishlari toʻldirilmagan.</translation>
    </message>
    <message>
        <source>The file has no graduates to import.</source>
        <translation>Faylda import qilinadigan bitiruvchilar yoʻq.</translation>
    </message>
    <message>
        <source>{who} has been importing into this school since {time}. Wait until that import has finished, then import again; nothing was written.</source>
        <translation>{who} {time} dan beri bu maktabga maʼlumot import qilmoqda. Oʻsha import tugashini kuting, soʻng qayta import qiling; hech narsa yozilmadi.</translation>
    </message>
    <message>
        <source>--map names the column “{name}”, which a {kind} file does not have. Use one of: {names}.</source>
        <translation>--map “{name}” ustunini koʻrsatyapti, {kind} faylida bunday ustun yoʻq. Quyidagilardan birini ishlating: {names}.</translation>
    </message>
    <message>
        <source>--map takes COLUMN=HEADER pairs separated by commas, not “{text}”.</source>
        <translation>--map vergul bilan ajratilgan USTUN=SARLAVHA juftlarini oladi, “{text}” emas.</translation>
    </message>
    <message>
        <source>“{value}” is not an activity type of this database; choose one from the list in the template.</source>
        <translation>“{value}” — bu bazada bunday faoliyat turi yoʻq; shablondagi roʻyxatdan tanlang.</translation>
    </message>
    <message>
        <source>This row repeats row {other}.</source>
        <translation>Bu qator {other}-qatorni takrorlaydi.</translation>
    </message>
    <message>
        <source>A place starts at 1.</source>
        <translation>Oʻrin 1 dan boshlanadi.</translation>
    </message>
    <message>
        <source>{sections} sections, {criteria} criteria, scale {scale}; languages: {languages}; not carried over: {skipped}</source>
        <translation>{sections} ta boʻlim, {criteria} ta mezon, shkala {scale}; tillar: {languages}; koʻchirilmadi: {skipped}</translation>
    </message>
    <message>
        <source>“{value}” is not a class name; write it like 7-A (grades 1–11).</source>
        <translation>“{value}” sinf nomi emas; 7-A kabi yozing (1–11-sinflar).</translation>
    </message>
    <message>
        <source>the copy on this computer is final</source>
        <translation>bu kompyuterdagi nusxa yakunlangan</translation>
    </message>
    <message>
        <source>the copy on this computer is newer</source>
        <translation>bu kompyuterdagi nusxa yangiroq</translation>
    </message>
    <message>
        <source>this draft was deleted on this computer; it is not brought back</source>
        <translation>bu qoralama shu kompyuterda oʻchirilgan; u qayta tiklanmaydi</translation>
    </message>
    <message>
        <source>deleted on this computer, but changed where the package was made after that</source>
        <translation>bu kompyuterda oʻchirilgan, lekin undan keyin paket tayyorlangan joyda oʻzgartirilgan</translation>
    </message>
    <message>
        <source>deleted on this computer as a draft, final in the package: brought back</source>
        <translation>bu kompyuterda qoralama sifatida oʻchirilgan, paketda yakuniy: qayta tiklandi</translation>
    </message>
    <message>
        <source>changed on both computers</source>
        <translation>ikkala kompyuterda ham oʻzgartirilgan</translation>
    </message>
    <message>
        <source>this observation belongs to another school in this database</source>
        <translation>bu kuzatuv ushbu bazadagi boshqa maktabga tegishli</translation>
    </message>
    <message>
        <source>This row of the package is damaged: {reason}</source>
        <translation>Paketning bu qatori buzilgan: {reason}</translation>
    </message>
    <message>
        <source>The checklist of this observation is missing from the package.</source>
        <translation>Paketda bu kuzatuvning varaqasi yoʻq.</translation>
    </message>
    <message>
        <source>The sheet has no criterion columns (headed by the criterion number, like “1.1 …”). Use the observations template (File ▸ Export ▸ Template).</source>
        <translation>Varaqda mezon ustunlari yoʻq (sarlavhada mezon raqami boʻladi, masalan «1.1 …»). Kuzatuvlar shablonidan foydalaning (Fayl ▸ Eksport ▸ Shablon).</translation>
    </message>
    <message>
        <source>The lesson date {value} lies in the future.</source>
        <translation>Dars sanasi {value} hali kelmagan.</translation>
    </message>
    <message>
        <source>The lesson period must lie between 1 and {last}.</source>
        <translation>Dars soati 1 dan {last} gacha boʻlishi kerak.</translation>
    </message>
    <message>
        <source>“{value}” is not a checklist of this database; choose one from the list in the template.</source>
        <translation>«{value}» — bu bazada bunday kuzatuv varaqasi yoʻq; shablondagi roʻyxatdan tanlang.</translation>
    </message>
    <message>
        <source>“{value}” is not a purpose of a visit; choose one from the list in the template.</source>
        <translation>«{value}» — kuzatuv maqsadi emas; shablondagi roʻyxatdan tanlang.</translation>
    </message>
    <message>
        <source>The checklist “{checklist}” has no criterion {number}.</source>
        <translation>«{checklist}» varaqasida {number} mezoni yoʻq.</translation>
    </message>
    <message>
        <source>Criterion {number}: “{value}” is not a level of this checklist; write one of {levels}, or N when it does not apply.</source>
        <translation>{number}-mezon: «{value}» bu varaqaning darajasi emas; {levels} dan birini yoki qoʻllanilmasa N yozing.</translation>
    </message>
    <message>
        <source>The score is calculated from the criteria: write the level of each criterion in its column (the Score column is only compared with it).</source>
        <translation>Ball mezonlardan hisoblanadi: har bir mezon darajasini oʻz ustuniga yozing («Ball» ustuni faqat u bilan solishtiriladi).</translation>
    </message>
    <message>
        <source>The criteria give a score of {computed} %, the row says {value} %. Check the levels, or clear the Score cell.</source>
        <translation>Mezonlar boʻyicha {computed} % chiqadi, qatorda esa {value} %. Darajalarni tekshiring yoki «Ball» katagini tozalang.</translation>
    </message>
    <message>
        <source>final</source>
        <translation>yakunlangan</translation>
    </message>
    <message>
        <source>draft: no level for {numbers}</source>
        <translation>qoralama: {numbers} darajasiz</translation>
    </message>
    <message>
        <source>This lesson is in the database as a final observation, so every criterion needs a level or N; criteria without one: {numbers}.</source>
        <translation>Bu dars bazada yakunlangan kuzatuv sifatida bor, shuning uchun har bir mezonga daraja yoki N kerak; darajasizlari: {numbers}.</translation>
    </message>
    <message>
        <source>deleted where the package was made, but final here: a package never deletes a final observation</source>
        <translation>paket tayyorlangan joyda oʻchirilgan, lekin bu yerda yakuniy: paket yakuniy kuzatuvni hech qachon oʻchirmaydi</translation>
    </message>
    <message>
        <source>deleted where the package was made, but changed here after that</source>
        <translation>paket tayyorlangan joyda oʻchirilgan, lekin undan keyin bu yerda oʻzgartirilgan</translation>
    </message>
    <message>
        <source>deleted where the package was made</source>
        <translation>paket tayyorlangan joyda oʻchirilgan</translation>
    </message>
    <message>
        <source>personnel number {number}: “{incoming}” in the package, “{local}” on this computer — “{incoming}” is added without the number</source>
        <translation>tabel raqami {number}: paketda “{incoming}”, bu kompyuterda “{local}” — “{incoming}” raqamsiz qoʻshildi</translation>
    </message>
    <message>
        <source>another person holds this personnel number on this computer</source>
        <translation>bu kompyuterda bu tabel raqami boshqa odamga tegishli</translation>
    </message>
    <message>
        <source>This row repeats row {other} (same class, subject, teacher, term).</source>
        <translation>Bu qator {other}-qatorni takrorlaydi (oʻsha sinf, fan, oʻqituvchi va chorak).</translation>
    </message>
    <message>
        <source>The file “{file}” clashes with records in this database ({detail}); nothing was written. Send the file and the database to support.</source>
        <translation>“{file}” fayli ushbu bazadagi yozuvlarga zid ({detail}); hech narsa yozilmadi. Fayl va bazani yordam xizmatiga yuboring.</translation>
    </message>
    <message>
        <source>“{file}” is a school's package for the district. Receive it with File ▸ Receive school packages…, which adds its school and all its records.</source>
        <translation>“{file}” — maktabning tumanga paketi. Uni Fayl ▸ Maktab paketlarini qabul qilish… orqali qabul qiling: u maktabini va barcha yozuvlarini qoʻshadi.</translation>
    </message>
    <message>
        <source>This database already has a school “{name}” ({district}) that is another school (another identity); the package was not merged. Rename one of them, or ask the school which it is.</source>
        <translation>Bu bazada allaqachon “{name}” ({district}) maktabi bor, lekin u boshqa maktab (boshqa identifikator); paket qoʻshilmadi. Ulardan birining nomini oʻzgartiring yoki maktabdan qaysi biri ekanini soʻrang.</translation>
    </message>
    <message>
        <source>The sheet “{sheet}”, row {row}, of the package is damaged: {reason}</source>
        <translation>Paketning “{sheet}” varagʻi, {row}-qator shikastlangan: {reason}</translation>
    </message>
    <message>
        <source>The sheet “{sheet}”, row {row}: this record belongs to another school in this database.</source>
        <translation>“{sheet}” varagʻi, {row}-qator: bu yozuv bazadagi boshqa maktabga tegishli.</translation>
    </message>
    <message>
        <source>The sheet “{sheet}”, row {row}, names a {what} the package does not carry.</source>
        <translation>“{sheet}” varagʻi, {row}-qator, paketda yoʻq {what}ni koʻrsatadi.</translation>
    </message>
    <message>
        <source>deleted on this computer, but changed at school after that</source>
        <translation>bu kompyuterda oʻchirilgan, lekin undan keyin maktabda oʻzgartirilgan</translation>
    </message>
    <message>
        <source>another school of this database has the same name</source>
        <translation>bu bazadagi boshqa maktab ham shu nomga ega</translation>
    </message>
    <message>
        <source>There is no quarter {term} of {year} in this file.</source>
        <translation>Bu faylda {year} oʻquv yilining {term}-choragi yoʻq.</translation>
    </message>
    <message>
        <source>This observation no longer exists.</source>
        <translation>Bu kuzatuv endi mavjud emas.</translation>
    </message>
    <message>
        <source>Choose the teacher whose lesson you saw.</source>
        <translation>Darsini kuzatgan oʻqituvchingizni tanlang.</translation>
    </message>
    <message>
        <source>Choose a checklist.</source>
        <translation>Nazorat varaqasini tanlang.</translation>
    </message>
    <message>
        <source>The chosen class no longer exists.</source>
        <translation>Tanlangan sinf endi mavjud emas.</translation>
    </message>
    <message>
        <source>The chosen subject no longer exists.</source>
        <translation>Tanlangan fan endi mavjud emas.</translation>
    </message>
    <message>
        <source>A score belongs to a criterion of another checklist.</source>
        <translation>Baho boshqa nazorat varaqasining mezoniga tegishli.</translation>
    </message>
    <message>
        <source>Criterion {number}: {value} is not a level of this checklist.</source>
        <translation>{number}-mezon: {value} bu nazorat varaqasining darajasi emas.</translation>
    </message>
    <message>
        <source>This checklist takes no time-on-task snapshots.</source>
        <translation>Bu nazorat varaqasida vaqt kesimlari yoʻq.</translation>
    </message>
    <message>
        <source>Snapshot {number} is not one of this lesson.</source>
        <translation>{number}-kesim bu darsga tegishli emas.</translation>
    </message>
    <message>
        <source>Snapshot {number}: pupils off task must lie between 0 and {top}.</source>
        <translation>{number}-kesim: chalgʻigan oʻquvchilar soni 0 dan {top} gacha boʻlishi kerak.</translation>
    </message>
    <message>
        <source>The lesson date is in the future. Type the day of the lesson.</source>
        <translation>Dars sanasi kelajakda. Dars boʻlgan kunni yozing.</translation>
    </message>
    <message>
        <source>The next steps are due before the lesson date. Type a later date or leave it empty.</source>
        <translation>Keyingi qadamlar muddati dars sanasidan oldin. Keyinroq sanani yozing yoki boʻsh qoldiring.</translation>
    </message>
    <message>
        <source>This observation is final. Use Correct to change it, with a reason.</source>
        <translation>Bu kuzatuv yakunlangan. Uni oʻzgartirish uchun sababini koʻrsatib, “Tuzatish”dan foydalaning.</translation>
    </message>
    <message>
        <source>{count} criteria have no level yet ({numbers}). Give each a level or mark it N/A, then finalize.</source>
        <translation>Darajasiz mezonlar: {count} ({numbers}). Har biriga daraja qoʻying yoki “Q/E” deb belgilang, soʻng yakunlang.</translation>
    </message>
    <message>
        <source>Say why the observation is corrected.</source>
        <translation>Kuzatuv nima uchun tuzatilayotganini yozing.</translation>
    </message>
    <message>
        <source>Only a final observation can be corrected.</source>
        <translation>Faqat yakunlangan kuzatuvni tuzatish mumkin.</translation>
    </message>
    <message>
        <source>Someone else corrected this observation meanwhile. Open it again.</source>
        <translation>Bu orada kuzatuvni boshqa kishi tuzatdi. Uni qaytadan oching.</translation>
    </message>
    <message>
        <source>A final observation cannot be deleted; it can be corrected.</source>
        <translation>Yakunlangan kuzatuvni oʻchirib boʻlmaydi — uni tuzatish mumkin.</translation>
    </message>
    <message>
        <source>The questionnaire cannot be saved: {problem}</source>
        <translation>Soʻrovnomani saqlab boʻlmaydi: {problem}</translation>
    </message>
    <message>
        <source>This questionnaire is for another group.</source>
        <translation>Bu soʻrovnoma boshqa guruh uchun.</translation>
    </message>
    <message>
        <source>This questionnaire no longer exists.</source>
        <translation>Bu soʻrovnoma endi mavjud emas.</translation>
    </message>
    <message>
        <source>A newer version of this questionnaire exists; edit that one.</source>
        <translation>Bu soʻrovnomaning yangiroq versiyasi bor; oʻshani tahrirlang.</translation>
    </message>
    <message>
        <source>There is no questionnaire for {group} in use.</source>
        <translation>{group} guruhi uchun amaldagi soʻrovnoma yoʻq.</translation>
    </message>
    <message>
        <source>The academic year {year} is not in this file.</source>
        <translation>Bu faylda {year} oʻquv yili yoʻq.</translation>
    </message>
    <message>
        <source>Quarter {term} of {year} is not in this file.</source>
        <translation>Bu faylda {year} oʻquv yilining {term}-choragi yoʻq.</translation>
    </message>
    <message>
        <source>Row {row}: fill in “{column}”.</source>
        <translation>{row}-qator: “{column}” ni toʻldiring.</translation>
    </message>
    <message>
        <source>Row {row}: “{column}” must be a number, not “{value}”.</source>
        <translation>{row}-qator: “{column}” son boʻlishi kerak, “{value}” emas.</translation>
    </message>
    <message>
        <source>Row {row}: “{column}” must be a whole number, not {value}.</source>
        <translation>{row}-qator: “{column}” butun son boʻlishi kerak, {value} emas.</translation>
    </message>
    <message>
        <source>Row {row}: “{column}” cannot be negative ({value}).</source>
        <translation>{row}-qator: “{column}” manfiy boʻlishi mumkin emas ({value}).</translation>
    </message>
    <message>
        <source>Row {row}: {marked} with a mark + {not_attested} not attested + {exempt} exempt = {used} pupils, more than the {size} pupils in the class.</source>
        <translation>{row}-qator: baho olgan {marked} + attestatsiyasiz {not_attested} + ozod {exempt} = {used} oʻquvchi, sinfdagi {size} oʻquvchidan koʻp.</translation>
    </message>
    <message>
        <source>Row {row}: “{value}” is not a class name; write it like 7-A.</source>
        <translation>{row}-qator: “{value}” sinf nomi emas; 7-A kabi yozing.</translation>
    </message>
    <message>
        <source>Row {row}: there is no subject “{value}”; choose one from the list.</source>
        <translation>{row}-qator: “{value}” degan fan yoʻq; roʻyxatdan tanlang.</translation>
    </message>
    <message>
        <source>Row {row}: “{value}” fits several subjects ({candidates}); choose one.</source>
        <translation>{row}-qator: “{value}” bir nechta fanga mos keladi ({candidates}); bittasini tanlang.</translation>
    </message>
    <message>
        <source>Row {row}: there is no teacher “{value}” in this school.</source>
        <translation>{row}-qator: bu maktabda “{value}” degan oʻqituvchi yoʻq.</translation>
    </message>
    <message>
        <source>Row {row}: “{value}” fits several teachers ({candidates}); choose one.</source>
        <translation>{row}-qator: “{value}” bir nechta oʻqituvchiga mos keladi ({candidates}); bittasini tanlang.</translation>
    </message>
    <message>
        <source>Row {row}: the same class, subject and teacher as row {other}.</source>
        <translation>{row}-qator: {other}-qatordagi bilan bir xil sinf, fan va oʻqituvchi.</translation>
    </message>
    <message>
        <source>Row {row}: this class, subject and teacher already have results in this term.</source>
        <translation>{row}-qator: bu sinf, fan va oʻqituvchining bu chorakda natijalari allaqachon bor.</translation>
    </message>
    <message>
        <source>Row {row}: {count} cells, but the table has only {columns} columns.</source>
        <translation>{row}-qator: {count} ta katak, jadvalda esa faqat {columns} ta ustun bor.</translation>
    </message>
    <message>
        <source>This term or school is no longer in the database.</source>
        <translation>Bu chorak yoki maktab endi bazada yoʻq.</translation>
    </message>
    <message>
        <source>A results row was deleted meanwhile; refresh and try again.</source>
        <translation>Bu orada natijalar qatori oʻchirilgan; yangilang (F5) va qayta urinib koʻring.</translation>
    </message>
    <message>
        <source>The results could not be saved: {reason}. Check the rows.</source>
        <translation>Natijalarni saqlab boʻlmadi: {reason}. Qatorlarni tekshiring.</translation>
    </message>
    <message>
        <source>This results row is no longer in the database.</source>
        <translation>Bu natijalar qatori endi bazada yoʻq.</translation>
    </message>
    <message>
        <source>A quarter is numbered 1 to 4, not {term}.</source>
        <translation>Chorak raqami 1 dan 4 gacha boʻladi, {term} emas.</translation>
    </message>
    <message>
        <source>The school no longer exists.</source>
        <translation>Bu maktab endi mavjud emas.</translation>
    </message>
    <message>
        <source>Cancelled while this file was being merged: nothing of it was written.</source>
        <translation>Bu fayl qoʻshilayotganda bekor qilindi: undan hech narsa yozilmadi.</translation>
    </message>
    <message>
        <source>Not received: the batch was cancelled before it.</source>
        <translation>Qabul qilinmadi: navbat undan oldin bekor qilindi.</translation>
    </message>
    <message>
        <source>The package clashes with records in this database ({detail}); nothing of it was written.</source>
        <translation>Paket bu bazadagi yozuvlarga zid keladi ({detail}); undan hech narsa yozilmadi.</translation>
    </message>
    <message>
        <source>The folder “{folder}” holds no .xlsx files.</source>
        <translation>“{folder}” jildida .xlsx fayllar yoʻq.</translation>
    </message>
    <message>
        <source>This school no longer exists.</source>
        <translation>Bu maktab endi mavjud emas.</translation>
    </message>
    <message>
        <source>Enter the name of the school.</source>
        <translation>Maktab nomini kiriting.</translation>
    </message>
    <message>
        <source>The school name is longer than {limit} characters.</source>
        <translation>Maktab nomi {limit} belgidan uzun.</translation>
    </message>
    <message>
        <source>This file holds no school yet.</source>
        <translation>Bu faylda hali maktab yoʻq.</translation>
    </message>
    <message>
        <source>This file holds {count} schools; name one with --school.</source>
        <translation>Bu faylda {count} ta maktab bor; --school bilan birini koʻrsating.</translation>
    </message>
    <message>
        <source>There is no school named “{name}” in this file.</source>
        <translation>Bu faylda “{name}” nomli maktab yoʻq.</translation>
    </message>
    <message>
        <source>“{value}” is not a group; choose one of {choices}.</source>
        <translation>«{value}» guruh emas; quyidagilardan birini tanlang: {choices}.</translation>
    </message>
    <message>
        <source>“{value}” is not a layout; choose one of {choices}.</source>
        <translation>«{value}» shablon koʻrinishi emas; quyidagilardan birini tanlang: {choices}.</translation>
    </message>
    <message>
        <source>Say which academic year and quarter the survey was in: fill them in the file or choose them for the import.</source>
        <translation>Soʻrovnoma qaysi oʻquv yili va chorakda oʻtkazilganini koʻrsating: faylga yozing yoki import paytida tanlang.</translation>
    </message>
    <message>
        <source>The file was made from version {version} of the “{code}” questionnaire, which this database does not have. Make a new template and type the answers into it.</source>
        <translation>Fayl «{code}» soʻrovnomasining {version}-versiyasidan yaratilgan, bu bazada u yoʻq. Yangi shablon yarating va javoblarni unga yozing.</translation>
    </message>
    <message>
        <source>The questionnaire has no statement {number} (it has 1 to {last}).</source>
        <translation>Soʻrovnomada {number}-fikr yoʻq (unda 1 dan {last} gacha fikrlar bor).</translation>
    </message>
    <message>
        <source>The file has no answers to import.</source>
        <translation>Faylda import qilinadigan javoblar yoʻq.</translation>
    </message>
    <message>
        <source>The questionnaire has no statement {number}.</source>
        <translation>Soʻrovnomada {number}-fikr yoʻq.</translation>
    </message>
    <message>
        <source>The survey's quarter or size is wrong.</source>
        <translation>Soʻrovnomaning choragi yoki ishtirokchilar soni notoʻgʻri.</translation>
    </message>
    <message>
        <source>There is no teacher with the id {id} in this file.</source>
        <translation>Bu faylda {id} identifikatorli oʻqituvchi yoʻq.</translation>
    </message>
    <message>
        <source>Enter the teacher's name.</source>
        <translation>Oʻqituvchining F.I.Sh.ni kiriting.</translation>
    </message>
    <message>
        <source>A name needs letters, not only signs.</source>
        <translation>Ismda faqat belgilar emas, harflar ham boʻlishi kerak.</translation>
    </message>
    <message>
        <source>The personnel number is longer than {limit} characters.</source>
        <translation>Tabel raqami {limit} belgidan uzun.</translation>
    </message>
    <message>
        <source>Experience must be between 0 and {limit} years.</source>
        <translation>Ish staji 0 dan {limit} yilgacha boʻlishi kerak.</translation>
    </message>
    <message>
        <source>The personnel number {number} already belongs to {name}.</source>
        <translation>Tabel raqami {number} band: {name}.</translation>
    </message>
    <message>
        <source>{name} is already in the list. If this is another person, give both a personnel number.</source>
        <translation>{name} roʻyxatda allaqachon bor. Agar bu boshqa odam boʻlsa, ikkalasiga tabel raqamini bering.</translation>
    </message>
    <message>
        <source>A chosen subject is no longer in the database.</source>
        <translation>Tanlangan fan endi bazada yoʻq.</translation>
    </message>
    <message>
        <source>The school “{school}” written in the file is not in this database.</source>
        <translation>Faylda yozilgan «{school}» maktabi bu bazada yoʻq.</translation>
    </message>
    <message>
        <source>Choose a school first.</source>
        <translation>Avval maktabni tanlang.</translation>
    </message>
    <message>
        <source>There is no academic year {year} in this file.</source>
        <translation>Bu faylda {year} oʻquv yili yoʻq.</translation>
    </message>
    <message>
        <source>There is no quarter {term} in this file.</source>
        <translation>Bu faylda {term}-chorak yoʻq.</translation>
    </message>
    <message>
        <source>Choose the teacher to visit.</source>
        <translation>Tashrif buyuriladigan oʻqituvchini tanlang.</translation>
    </message>
    <message>
        <source>Choose the month of the visit.</source>
        <translation>Tashrif oyini tanlang.</translation>
    </message>
    <message>
        <source>The day of the visit must fall in the chosen month.</source>
        <translation>Tashrif kuni tanlangan oyga toʻgʻri kelishi kerak.</translation>
    </message>
    <message>
        <source>This planned visit no longer exists.</source>
        <translation>Bu rejalashtirilgan tashrif endi mavjud emas.</translation>
    </message>
    <message>
        <source>The academic year {year} has no quarters.</source>
        <translation>{year} oʻquv yilida choraklar yoʻq.</translation>
    </message>
    <message>
        <source>Choose a quarter of the year.</source>
        <translation>Oʻquv yilining choragini tanlang.</translation>
    </message>
</context>
<context>
    <name>NetworkMenus</name>
    <message>
        <source>Send to the district…</source>
        <translation>Tumanga yuborish…</translation>
    </message>
    <message>
        <source>Receive school packages…</source>
        <translation>Maktab paketlarini qabul qilish…</translation>
    </message>
    <message>
        <source>Submissions…</source>
        <translation>Topshirganlar…</translation>
    </message>
</context>
<context>
    <name>NextStepsPanel</name>
    <message>
        <source>What to suggest, who could help</source>
        <translation>Nima taklif qilish, kim yordam bera oladi</translation>
    </message>
    <message>
        <source>No weak criteria yet: a few scored observations are needed.</source>
        <translation>Hozircha zaif mezonlar yoʻq: bir nechta baholangan kuzatuv kerak.</translation>
    </message>
    <message>
        <source>Suggest: {step}</source>
        <translation>Taklif: {step}</translation>
    </message>
    <message>
        <source>The checklist has no next step for this criterion.</source>
        <translation>Kuzatuv varagʻida bu mezon uchun keyingi qadam yoʻq.</translation>
    </message>
    <message>
        <source>No colleague of the same subject or department is strong in it yet.</source>
        <translation>Hozircha shu fan yoki metodbirlashmadan bu borada kuchli hamkasb yoʻq.</translation>
    </message>
    <message>
        <source>Plan a peer visit</source>
        <translation>Oʻzaro tashrifni rejalashtirish</translation>
    </message>
    <message>
        <source>Add to the visit plan: {teacher} visits a lesson of {mentor}</source>
        <translation>Tashriflar rejasiga qoʻshish: {teacher} {mentor} darsiga kiradi</translation>
    </message>
    <message>
        <source>same subject</source>
        <translation>shu fan</translation>
    </message>
    <message>
        <source>same department</source>
        <translation>shu metodbirlashma</translation>
    </message>
    <message>
        <source>{name} ({why}): {score} in {visits} visit(s)</source>
        <translation>{name} ({why}): {score}, tashriflar: {visits}</translation>
    </message>
    <message>
        <source>Peer visit to learn: {criterion}</source>
        <translation>Oʻrganish uchun oʻzaro tashrif: {criterion}</translation>
    </message>
    <message>
        <source>Planned for {month}: {teacher} visits a lesson of {mentor}.</source>
        <translation>{month} ga rejalashtirildi: {teacher} {mentor} darsiga kiradi.</translation>
    </message>
</context>
<context>
    <name>ObservationConflict</name>
    <message>
        <source>N/A</source>
        <translation>Q/E</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Sana</translation>
    </message>
    <message>
        <source>Lesson period</source>
        <translation>Dars</translation>
    </message>
    <message>
        <source>Observer</source>
        <translation>Kuzatuvchi</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Mavzu</translation>
    </message>
    <message>
        <source>Strengths</source>
        <translation>Kuchli tomonlar</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>Tavsiyalar</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>Keyingi qadamlar</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Muddat</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Maqsad</translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation>Oʻqituvchi</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Sinf</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Fan</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Nazorat varaqasi</translation>
    </message>
    <message>
        <source>Criterion {number}</source>
        <translation>Mezon {number}</translation>
    </message>
</context>
<context>
    <name>ObservationFilters</name>
    <message>
        <source>Search teacher, class, subject, topic…</source>
        <translation>Qidiruv: oʻqituvchi, sinf, fan, mavzu…</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Qidiruv</translation>
    </message>
    <message>
        <source>All teachers</source>
        <translation>Barcha oʻqituvchilar</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>Barcha metodbirlashmalar</translation>
    </message>
    <message>
        <source>All subjects</source>
        <translation>Barcha fanlar</translation>
    </message>
    <message>
        <source>All observers</source>
        <translation>Barcha kuzatuvchilar</translation>
    </message>
    <message>
        <source>All purposes</source>
        <translation>Barcha maqsadlar</translation>
    </message>
    <message>
        <source>Draft and final</source>
        <translation>Qoralama va yakuniy</translation>
    </message>
    <message>
        <source>All bands</source>
        <translation>Barcha darajalar</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Dan</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Gacha</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Tozalash</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Sanalar</translation>
    </message>
    <message>
        <source>{shown} of {total} shown</source>
        <translation>{total} tadan {shown} tasi koʻrsatilgan</translation>
    </message>
</context>
<context>
    <name>ObservationForm</name>
    <message>
        <source>Unsaved changes</source>
        <translation>Saqlanmagan oʻzgarishlar bor</translation>
    </message>
    <message>
        <source>Change the checklist</source>
        <translation>Nazorat varaqasini almashtirish</translation>
    </message>
    <message>
        <source>The levels given so far belong to the other checklist and will be cleared. Change the checklist?</source>
        <translation>Qoʻyilgan darajalar boshqa nazorat varaqasiga tegishli va oʻchiriladi. Nazorat varaqasi almashtirilsinmi?</translation>
    </message>
    <message>
        <source>Calibration session: {note}</source>
        <translation>Kalibrlash mashgʻuloti: {note}</translation>
    </message>
    <message>
        <source>Co-observed lesson: compare the observers in Observations ▸ Calibration…</source>
        <translation>Birgalikda kuzatilgan dars: kuzatuvchilarni Kuzatuvlar ▸ Kalibrlash… da solishtiring</translation>
    </message>
    <message>
        <source>Choose the teacher first: the observation is saved once it has a teacher.</source>
        <translation>Avval oʻqituvchini tanlang: kuzatuv oʻqituvchi tanlangach saqlanadi.</translation>
    </message>
    <message>
        <source>Not saved: choose the teacher first.</source>
        <translation>Saqlanmadi: avval oʻqituvchini tanlang.</translation>
    </message>
    <message>
        <source>Choose a checklist first: the observation is saved once it has one.</source>
        <translation>Avval nazorat varaqasini tanlang: kuzatuv u tanlangach saqlanadi.</translation>
    </message>
    <message>
        <source>Not saved: choose a checklist first.</source>
        <translation>Saqlanmadi: avval nazorat varaqasini tanlang.</translation>
    </message>
    <message>
        <source>The correction is not saved yet: Save correction keeps it, Cancel correction leaves the observation as it was.</source>
        <translation>Tuzatish hali saqlanmagan: «Tuzatishni saqlash» uni yozadi, «Tuzatishni bekor qilish» kuzatuvni avvalgidek qoldiradi.</translation>
    </message>
    <message>
        <source>Save the observation</source>
        <translation>Kuzatuvni saqlash</translation>
    </message>
    <message>
        <source>{reason} What you typed stays in the form.</source>
        <translation>{reason} Kiritilganlar shaklda qoladi.</translation>
    </message>
    <message>
        <source>Saved at {time}</source>
        <translation>{time} da saqlandi</translation>
    </message>
    <message>
        <source>Someone else saved this observation</source>
        <translation>Bu kuzatuvni boshqa kishi saqladi</translation>
    </message>
    <message>
        <source>Not saved: someone else saved this observation meanwhile.</source>
        <translation>Saqlanmadi: bu orada kuzatuvni boshqa kishi saqladi.</translation>
    </message>
    <message>
        <source>Finalize</source>
        <translation>Yakunlash</translation>
    </message>
    <message>
        <source>{count} criteria have no level yet. Give each a level or mark it N/A (key N).</source>
        <translation>Darajasiz mezonlar: {count}. Har biriga daraja qoʻying yoki “Q/E” deb belgilang (N tugmasi).</translation>
    </message>
    <message>
        <source>Finalize the observation</source>
        <translation>Kuzatuvni yakunlash</translation>
    </message>
    <message>
        <source>Finalize this observation now? It becomes read-only; a later change needs a reason and is kept as a correction. Enter finalizes, Esc goes back to it.</source>
        <translation>Kuzatuv hozir yakunlansinmi? U faqat oʻqish uchun boʻladi; keyingi oʻzgartirish sabab talab qiladi va tuzatish sifatida saqlanadi. Enter — yakunlash, Esc — kuzatuvga qaytish.</translation>
    </message>
    <message>
        <source>Finalize now</source>
        <translation>Yakunlash</translation>
    </message>
    <message>
        <source>Observation finalized.</source>
        <translation>Kuzatuv yakunlandi.</translation>
    </message>
    <message>
        <source>Correct the observation</source>
        <translation>Kuzatuvni tuzatish</translation>
    </message>
    <message>
        <source>Why is it corrected? The reason is kept with the observation.</source>
        <translation>Nima uchun tuzatilmoqda? Sabab kuzatuv bilan birga saqlanadi.</translation>
    </message>
    <message>
        <source>Nothing was changed; the observation stays as it was.</source>
        <translation>Hech narsa oʻzgartirilmadi; kuzatuv avvalgidek qoldi.</translation>
    </message>
    <message>
        <source>Correction saved.</source>
        <translation>Tuzatish saqlandi.</translation>
    </message>
    <message>
        <source>Cancel the correction</source>
        <translation>Tuzatishni bekor qilish</translation>
    </message>
    <message>
        <source>Discard the changes of this correction? The observation stays as it was.</source>
        <translation>Bu tuzatishdagi oʻzgarishlar bekor qilinsinmi? Kuzatuv avvalgidek qoladi.</translation>
    </message>
    <message>
        <source>Correction cancelled; nothing was changed.</source>
        <translation>Tuzatish bekor qilindi; hech narsa oʻzgarmadi.</translation>
    </message>
    <message>
        <source>Leave the observation</source>
        <translation>Kuzatuvdan chiqish</translation>
    </message>
    <message>
        <source>{reason} Leave it and lose what you typed?</source>
        <translation>{reason} Chiqib, kiritilganlar yoʻqotilsinmi?</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Chop etish</translation>
    </message>
    <message>
        <source>Save or cancel the correction first: the report shows what is saved.</source>
        <translation>Avval tuzatishni saqlang yoki bekor qiling: hisobotda saqlangan maʼlumot chiqadi.</translation>
    </message>
    <message>
        <source>Choose the teacher first.</source>
        <translation>Avval oʻqituvchini tanlang.</translation>
    </message>
    <message>
        <source>Close the window</source>
        <translation>Oynani yopish</translation>
    </message>
    <message>
        <source>{reason} Close anyway and lose what you typed? Choose No to go back to the observation.</source>
        <translation>{reason} Baribir yopib, kiritilganlar yoʻqotilsinmi? Kuzatuvga qaytish uchun “Yoʻq”ni bosing.</translation>
    </message>
    <message>
        <source>The observation you started is kept here; nothing was lost.</source>
        <translation>Boshlangan kuzatuv shaklda qoldi — hech narsa yoʻqolmadi.</translation>
    </message>
</context>
<context>
    <name>ObservationHeader</name>
    <message>
        <source>Type a name…</source>
        <translation>Ismni yozing…</translation>
    </message>
    <message>
        <source>What the lesson was about</source>
        <translation>Dars nima haqida edi</translation>
    </message>
    <message>
        <source>School</source>
        <translation>Maktab</translation>
    </message>
    <message>
        <source>Teacher*</source>
        <translation>Oʻqituvchi*</translation>
    </message>
    <message>
        <source>Date*</source>
        <translation>Sana*</translation>
    </message>
    <message>
        <source>Lesson period</source>
        <translation>Dars soati</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Sinf</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Fan</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Maqsad</translation>
    </message>
    <message>
        <source>Checklist*</source>
        <translation>Nazorat varaqasi*</translation>
    </message>
    <message>
        <source>Observer</source>
        <translation>Kuzatuvchi</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Mavzu</translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation>Oʻqituvchi</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Sana</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Nazorat varaqasi</translation>
    </message>
    <message>
        <source>{name} (left)</source>
        <translation>{name} (ishdan ketgan)</translation>
    </message>
    <message>
        <source>Choose the teacher: the draft is saved once a teacher is chosen.</source>
        <translation>Oʻqituvchini tanlang: qoralama oʻqituvchi tanlangach saqlanadi.</translation>
    </message>
</context>
<context>
    <name>ObservationLabels</name>
    <message>
        <source>Planned internal control</source>
        <translation>Rejali ichki nazorat</translation>
    </message>
    <message>
        <source>Thematic check</source>
        <translation>Mavzuli nazorat</translation>
    </message>
    <message>
        <source>Support and mentoring</source>
        <translation>Qoʻllab-quvvatlash va ustozlik</translation>
    </message>
    <message>
        <source>Follow-up visit</source>
        <translation>Takroriy tashrif</translation>
    </message>
    <message>
        <source>Attestation</source>
        <translation>Attestatsiya</translation>
    </message>
    <message>
        <source>Open lesson</source>
        <translation>Ochiq dars</translation>
    </message>
    <message>
        <source>Peer visit</source>
        <translation>Oʻzaro tashrif</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Qoralama</translation>
    </message>
    <message>
        <source>Final</source>
        <translation>Yakuniy</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Yuqori</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Yaxshi</translation>
    </message>
    <message>
        <source>Needs improvement</source>
        <translation>Yaxshilash kerak</translation>
    </message>
    <message>
        <source>Unsatisfactory</source>
        <translation>Qoniqarsiz</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Bajarildi</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Shu oyda</translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation>Kutilmoqda</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Muddati oʻtgan</translation>
    </message>
    <message>
        <source>Yearly round</source>
        <translation>Yillik jadval</translation>
    </message>
    <message>
        <source>New teacher</source>
        <translation>Yosh oʻqituvchi</translation>
    </message>
    <message>
        <source>Low score</source>
        <translation>Past ball</translation>
    </message>
    <message>
        <source>Dual education and employer cooperation</source>
        <translation>Dual taʼlim va ish beruvchilar</translation>
    </message>
    <message>
        <source>Innovative pedagogical technologies</source>
        <translation>Innovatsion pedagogik texnologiyalar</translation>
    </message>
    <message>
        <source>Personalised education</source>
        <translation>Shaxsga yoʻnaltirilgan taʼlim</translation>
    </message>
    <message>
        <source>Project-based education</source>
        <translation>Loyihaviy taʼlim</translation>
    </message>
    <message>
        <source>Practice and internships</source>
        <translation>Amaliyot va stajirovka</translation>
    </message>
    <message>
        <source>Mentoring</source>
        <translation>Ustozlik</translation>
    </message>
    <message>
        <source>Assessment and reflection</source>
        <translation>Baholash va refleksiya</translation>
    </message>
    <message>
        <source>Continuous professional development</source>
        <translation>Uzluksiz malaka oshirish</translation>
    </message>
</context>
<context>
    <name>ObservationListModel</name>
    <message>
        <source>Date</source>
        <translation>Sana</translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation>Oʻqituvchi</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Sinf</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Fan</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Maqsad</translation>
    </message>
    <message>
        <source>Observer</source>
        <translation>Kuzatuvchi</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Nazorat varaqasi</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Ball</translation>
    </message>
    <message>
        <source>Band</source>
        <translation>Daraja</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Holati</translation>
    </message>
    <message>
        <source>{status}, corrected</source>
        <translation>{status}, tuzatilgan</translation>
    </message>
</context>
<context>
    <name>ObservationPrinting</name>
    <message>
        <source>Lesson observation</source>
        <translation>Darsni kuzatish</translation>
    </message>
    <message>
        <source>observations.pdf</source>
        <translation>kuzatuvlar.pdf</translation>
    </message>
    <message>
        <source>Save the observation as PDF</source>
        <translation>Kuzatuvni PDF sifatida saqlash</translation>
    </message>
</context>
<context>
    <name>ObservationReport</name>
    <message>
        <source>Final</source>
        <translation>Yakuniy</translation>
    </message>
    <message>
        <source>DRAFT — not finalized</source>
        <translation>QORALAMA — yakunlanmagan</translation>
    </message>
    <message>
        <source>Lesson observation</source>
        <translation>Darsni kuzatish</translation>
    </message>
    <message>
        <source>version {version}</source>
        <translation>{version}-versiya</translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation>Oʻqituvchi</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Sana</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Sinf</translation>
    </message>
    <message>
        <source>Lesson period</source>
        <translation>Dars soati</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Fan</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Tashrif maqsadi</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Dars mavzusi</translation>
    </message>
    <message>
        <source>Observer</source>
        <translation>Kuzatuvchi</translation>
    </message>
    <message>
        <source>Follow-up of</source>
        <translation>Takroriy, avvalgisi</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Boʻlim</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Ball</translation>
    </message>
    <message>
        <source>Band</source>
        <translation>Daraja</translation>
    </message>
    <message>
        <source>Overall score</source>
        <translation>Umumiy ball</translation>
    </message>
    <message>
        <source>N/A</source>
        <translation>Q/E</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Mezon</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Daraja</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Izoh</translation>
    </message>
    <message>
        <source>(due {date})</source>
        <translation>(muddat {date})</translation>
    </message>
    <message>
        <source>Strengths</source>
        <translation>Kuchli tomonlar</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>Tavsiyalar</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>Keyingi qadamlar</translation>
    </message>
    <message>
        <source>Correction {number} of {date} by {who}: {reason}</source>
        <translation>{number}-tuzatish, {date}, {who}: {reason}</translation>
    </message>
    <message>
        <source>I have read the observation</source>
        <translation>Kuzatuv bilan tanishdim</translation>
    </message>
    <message>
        <source>Record digest {digest}: “eduqa audit verify --digest {digest}” checks that the record of this observation has not been edited since it was printed.</source>
        <translation>Yozuv izi {digest}: «eduqa audit verify --digest {digest}» buyrugʻi bu kuzatuv yozuvi chop etilgandan keyin oʻzgartirilmaganini tekshiradi.</translation>
    </message>
    <message>
        <source>signature</source>
        <translation>imzo</translation>
    </message>
</context>
<context>
    <name>ObservationsTab</name>
    <message>
        <source>Observations</source>
        <translation>Kuzatuvlar</translation>
    </message>
    <message>
        <source>Visit plan</source>
        <translation>Tashriflar rejasi</translation>
    </message>
    <message>
        <source>Checklists…</source>
        <translation>Nazorat varaqalari…</translation>
    </message>
    <message>
        <source>New observation</source>
        <translation>Yangi kuzatuv</translation>
    </message>
    <message>
        <source>Observe a lesson (Ctrl+N)</source>
        <translation>Darsni kuzatish (Ctrl+N)</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ochish</translation>
    </message>
    <message>
        <source>Follow-up visit</source>
        <translation>Takroriy tashrif</translation>
    </message>
    <message>
        <source>A new observation prefilled from the chosen one</source>
        <translation>Tanlangan kuzatuv asosida toʻldirilgan yangi kuzatuv</translation>
    </message>
    <message>
        <source>Co-observe</source>
        <translation>Birga kuzatish</translation>
    </message>
    <message>
        <source>Another observer's record of the same lesson, to compare the two</source>
        <translation>Oʻsha darsni boshqa kuzatuvchi ham yozadi — ikkalasini solishtirish uchun</translation>
    </message>
    <message>
        <source>Calibration…</source>
        <translation>Kalibrlash…</translation>
    </message>
    <message>
        <source>Delete draft</source>
        <translation>Qoralamani oʻchirish</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Chop etish…</translation>
    </message>
    <message>
        <source>The chosen observations on a printer</source>
        <translation>Tanlangan kuzatuvlarni printerda chop etish</translation>
    </message>
    <message>
        <source>PDF…</source>
        <translation>PDF…</translation>
    </message>
    <message>
        <source>The chosen observations as PDF</source>
        <translation>Tanlangan kuzatuvlar PDF koʻrinishida</translation>
    </message>
    <message>
        <source>No school is set up in this file yet.</source>
        <translation>Bu faylda hali maktab yoʻq.</translation>
    </message>
    <message>
        <source>No observations yet.</source>
        <translation>Hozircha kuzatuvlar yoʻq.</translation>
    </message>
    <message>
        <source>Observe a lesson</source>
        <translation>Darsni kuzatish</translation>
    </message>
    <message>
        <source>No observation matches the filters.</source>
        <translation>Filtrlarga mos kuzatuv yoʻq.</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Filtrlarni tozalash</translation>
    </message>
    <message>
        <source>Delete the draft of {teacher} of {date}?</source>
        <translation>Qoralama oʻchirilsinmi: {teacher}, {date}?</translation>
    </message>
    <message>
        <source>Delete {count} drafts?</source>
        <translation>Qoralamalar oʻchirilsinmi ({count})?</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Chop etish</translation>
    </message>
    <message>
        <source>Choose the observations to print in the list.</source>
        <translation>Chop etish uchun roʻyxatdan kuzatuvlarni tanlang.</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>New password for “{login}”</source>
        <translation>“{login}” uchun yangi parol</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Parol</translation>
    </message>
    <message>
        <source>The same password again</source>
        <translation>Shu parol yana bir bor</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Parol:</translation>
    </message>
    <message>
        <source>Again:</source>
        <translation>Yana bir bor:</translation>
    </message>
    <message>
        <source>A password needs at least {count} characters.</source>
        <translation>Parol kamida {count} belgidan iborat boʻlishi kerak.</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>Ikki parol bir xil emas.</translation>
    </message>
</context>
<context>
    <name>PdfPages</name>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>{pages} sahifadan {page}-sahifa</translation>
    </message>
</context>
<context>
    <name>PlannedVisitDialog</name>
    <message>
        <source>Planned visit</source>
        <translation>Rejalashtirilgan tashrif</translation>
    </message>
    <message>
        <source>Plan a visit</source>
        <translation>Tashrifni rejalashtirish</translation>
    </message>
    <message>
        <source>Type a name…</source>
        <translation>Ismni yozing…</translation>
    </message>
    <message>
        <source>any day</source>
        <translation>istalgan kun</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Saqlash</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Bekor qilish</translation>
    </message>
    <message>
        <source>Teacher*</source>
        <translation>Oʻqituvchi*</translation>
    </message>
    <message>
        <source>Month*</source>
        <translation>Oy*</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Kun</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Maqsad</translation>
    </message>
    <message>
        <source>Observer</source>
        <translation>Kuzatuvchi</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Izoh</translation>
    </message>
    <message>
        <source>Choose the teacher.</source>
        <translation>Oʻqituvchini tanlang.</translation>
    </message>
    <message>
        <source>The day must fall in the chosen month.</source>
        <translation>Kun tanlangan oyga toʻgʻri kelishi kerak.</translation>
    </message>
</context>
<context>
    <name>PlannedVisitNote</name>
    <message>
        <source>This observation is the visit planned for {month} ({purpose}).</source>
        <translation>Bu kuzatuv — rejadagi kuzatuv ({month}, «{purpose}»).</translation>
    </message>
    <message>
        <source>A visit to this teacher is planned for {month} ({purpose}). Once final, this observation counts as it.</source>
        <translation>Bu oʻqituvchiga kuzatuv rejalashtirilgan: {month}, maqsad — «{purpose}». Kuzatuv yakunlangach, u shu rejadagi kuzatuv sifatida hisoblanadi.</translation>
    </message>
    <message>
        <source>A visit to this teacher is planned for {month} as {planned}; this observation is {purpose}. Once final, it counts as that visit.</source>
        <translation>Bu oʻqituvchiga kuzatuv rejalashtirilgan: {month}, maqsad — «{planned}»; bu kuzatuvning maqsadi «{purpose}». Yakunlangach, u rejadagi kuzatuv sifatida hisoblanadi.</translation>
    </message>
    <message>
        <source>The visit planned for {month} was made on {day}.</source>
        <translation>Rejadagi kuzatuv ({month}) {day} da oʻtkazilgan.</translation>
    </message>
    <message>
        <source>Make it {purpose}</source>
        <translation>Maqsad: «{purpose}»</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>Print</source>
        <translation>Chop etish</translation>
    </message>
    <message>
        <source>The printer could not print “{title}”. Check it and try again.</source>
        <translation>Printer «{title}»ni chop eta olmadi. Uni tekshirib, qayta urinib koʻring.</translation>
    </message>
    <message>
        <source>“{title}” sent to {printer}</source>
        <translation>«{title}» {printer}ga yuborildi</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Ha</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Yoʻq</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Saqlash</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Bekor qilish</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Yopish</translation>
    </message>
</context>
<context>
    <name>QualityPanel</name>
    <message>
        <source>Quality of knowledge by subject — {period}</source>
        <translation>Fanlar boʻyicha bilim sifati — {period}</translation>
    </message>
    <message>
        <source>Weakest first. Click a subject to see its classes and teachers.</source>
        <translation>Avval eng zaiflari. Sinflari va oʻqituvchilarini koʻrish uchun fanni bosing.</translation>
    </message>
    <message>
        <source>Quality of knowledge by grade — {period}</source>
        <translation>Parallellar boʻyicha bilim sifati — {period}</translation>
    </message>
    <message>
        <source>Weakest first. Click a grade to see its classes and teachers.</source>
        <translation>Avval eng zaiflari. Sinflari va oʻqituvchilarini koʻrish uchun parallelni bosing.</translation>
    </message>
    <message>
        <source>All: {value}</source>
        <translation>Hammasi: {value}</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Fan</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Parallel</translation>
    </message>
    <message>
        <source>Click to see its classes and teachers.</source>
        <translation>Sinflar va oʻqituvchilarni koʻrish uchun bosing.</translation>
    </message>
    <message>
        <source>Quality of knowledge</source>
        <translation>Bilim sifati</translation>
    </message>
    <message>
        <source>Other (summed)</source>
        <translation>Boshqalar (jami)</translation>
    </message>
    <message>
        <source>{name}: classes and teachers — {period}</source>
        <translation>{name}: sinflar va oʻqituvchilar — {period}</translation>
    </message>
    <message>
        <source>Quality of knowledge, weakest first.</source>
        <translation>Bilim sifati, avval eng zaiflari.</translation>
    </message>
</context>
<context>
    <name>QuestionnaireEditor</name>
    <message>
        <source>Questionnaires</source>
        <translation>Soʻrovnomalar</translation>
    </message>
    <message>
        <source>Version and survey rounds</source>
        <translation>Versiya va soʻrovlar</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Javob berdi</translation>
    </message>
    <message>
        <source>Import .xlsx…</source>
        <translation>.xlsx dan import…</translation>
    </message>
    <message>
        <source>Export .xlsx…</source>
        <translation>.xlsx ga eksport…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Chop etish…</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versiyalar</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Saqlash</translation>
    </message>
    <message>
        <source>Undo changes</source>
        <translation>Oʻzgarishlarni bekor qilish</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Yopish</translation>
    </message>
    <message>
        <source>{group} · version {version}</source>
        <translation>{group} · {version}-versiya</translation>
    </message>
    <message>
        <source>{name}
Out of date: {languages}</source>
        <translation>{name}
Eskirgan: {languages}</translation>
    </message>
    <message>
        <source>Save the changes to this questionnaire?</source>
        <translation>Bu soʻrovnomadagi oʻzgarishlar saqlansinmi?</translation>
    </message>
    <message>
        <source>Version {version}</source>
        <translation>{version}-versiya</translation>
    </message>
    <message>
        <source>{version} (in use)</source>
        <translation>{version} (amalda)</translation>
    </message>
    <message>
        <source>No survey answered with it yet</source>
        <translation>U boʻyicha hali soʻrov oʻtkazilmagan</translation>
    </message>
    <message>
        <source>{year}, quarter {term} · {school}</source>
        <translation>{year}, {term}-chorak · {school}</translation>
    </message>
    <message>
        <source>Respondents: {count}</source>
        <translation>Respondentlar: {count}</translation>
    </message>
    <message>
        <source>Version {version}, surveys answered with it: {count}. Saving makes version {next}; those surveys keep version {version}.</source>
        <translation>{version}-versiya, u boʻyicha soʻrovlar: {count}. Saqlash {next}-versiyani yaratadi; bu soʻrovlar {version}-versiyada qoladi.</translation>
    </message>
    <message>
        <source>Version {version}, no survey answered with it yet.</source>
        <translation>{version}-versiya, u boʻyicha hali soʻrov oʻtkazilmagan.</translation>
    </message>
    <message>
        <source>Save as a new version</source>
        <translation>Yangi versiya sifatida saqlash</translation>
    </message>
    <message>
        <source>Surveys answered with this questionnaire: {count}. Save the changes as version {next}? Those surveys keep version {version}.</source>
        <translation>Bu soʻrovnoma boʻyicha oʻtkazilgan soʻrovlar: {count}. Oʻzgarishlar {next}-versiya sifatida saqlansinmi? Ular {version}-versiyada qoladi.</translation>
    </message>
    <message>
        <source>Import a questionnaire</source>
        <translation>Soʻrovnomani import qilish</translation>
    </message>
    <message>
        <source>questionnaire-{group}-v{version}.xlsx</source>
        <translation>sorovnoma-{group}-v{version}.xlsx</translation>
    </message>
    <message>
        <source>Export the questionnaire</source>
        <translation>Soʻrovnomani eksport qilish</translation>
    </message>
</context>
<context>
    <name>QuestionnairePrintDialog</name>
    <message>
        <source>Print a questionnaire</source>
        <translation>Soʻrovnomani chop etish</translation>
    </message>
    <message>
        <source>Questionnaire for:</source>
        <translation>Soʻrovnoma kim uchun:</translation>
    </message>
    <message>
        <source>Language of the form:</source>
        <translation>Anketa tili:</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>PDF ga saqlash…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Chop etish…</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>PDF ga saqlash</translation>
    </message>
    <message>
        <source>The PDF could not be written. Close it or choose another folder.</source>
        <translation>PDF ni yozib boʻlmadi. Uni yoping yoki boshqa papkani tanlang.</translation>
    </message>
</context>
<context>
    <name>QuestionnaireSpecEditor</name>
    <message>
        <source>Texts in</source>
        <translation>Matnlar tili</translation>
    </message>
    <message>
        <source>They are up to date</source>
        <translation>Ular dolzarb</translation>
    </message>
    <message>
        <source>The texts in those languages were checked: remove the mark</source>
        <translation>Bu tillardagi matnlar tekshirildi: belgini olib tashlash</translation>
    </message>
    <message>
        <source>Name*</source>
        <translation>Nomi*</translation>
    </message>
    <message>
        <source>Introduction</source>
        <translation>Kirish soʻzi</translation>
    </message>
    <message>
        <source>Statements</source>
        <translation>Fikrlar</translation>
    </message>
    <message>
        <source>Add statement</source>
        <translation>Fikr qoʻshish</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Oʻchirish</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Yuqoriga surish</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Pastga surish</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Fikr</translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation>Yoʻnalish</translation>
    </message>
    <message>
        <source>Mechanisms</source>
        <translation>Mexanizmlar</translation>
    </message>
    <message>
        <source>⚠ Out of date after a change in another language: {languages}</source>
        <translation>⚠ Boshqa tilda oʻzgartirilgandan keyin eskirgan: {languages}</translation>
    </message>
</context>
<context>
    <name>ReceiveDialog</name>
    <message>
        <source>Receive school packages</source>
        <translation>Maktab paketlarini qabul qilish</translation>
    </message>
    <message>
        <source>Add the packages the schools sent (files, or a whole folder; you can also drag them here). Each package goes in on its own: one that is damaged or altered is refused and the others still go in.</source>
        <translation>Maktablar yuborgan paketlarni qoʻshing (fayllar yoki butun jild; ularni shu yerga sudrab olib kelish ham mumkin). Har bir paket alohida qabul qilinadi: shikastlangan yoki oʻzgartirilgani rad etiladi, qolganlari baribir qabul qilinadi.</translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation>Fayllar qoʻshish…</translation>
    </message>
    <message>
        <source>Add a folder…</source>
        <translation>Jild qoʻshish…</translation>
    </message>
    <message>
        <source>Clear the list</source>
        <translation>Roʻyxatni tozalash</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fayl</translation>
    </message>
    <message>
        <source>School</source>
        <translation>Maktab</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Natija</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Yaratildi</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Yangilandi</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Oʻzgarmadi</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Ziddiyatlar</translation>
    </message>
    <message>
        <source>This file: %p%</source>
        <translation>Bu fayl: %p%</translation>
    </message>
    <message>
        <source>All files: %v of %m</source>
        <translation>Barcha fayllar: %m dan %v</translation>
    </message>
    <message>
        <source>Refusals are listed here.</source>
        <translation>Rad etilganlar shu yerda koʻrsatiladi.</translation>
    </message>
    <message>
        <source>Check first</source>
        <translation>Avval tekshirish</translation>
    </message>
    <message>
        <source>Read the packages and list the conflicts; nothing is written</source>
        <translation>Paketlarni oʻqish va ziddiyatlarni koʻrsatish; hech narsa yozilmaydi</translation>
    </message>
    <message>
        <source>Receive</source>
        <translation>Qabul qilish</translation>
    </message>
    <message>
        <source>Who has sent…</source>
        <translation>Kim yubordi…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Yopish</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>navbatda</translation>
    </message>
    <message>
        <source>Choose the school packages</source>
        <translation>Maktab paketlarini tanlang</translation>
    </message>
    <message>
        <source>Choose the folder of packages</source>
        <translation>Paketlar jildini tanlang</translation>
    </message>
    <message>
        <source>Checking school packages…</source>
        <translation>Maktab paketlari tekshirilmoqda…</translation>
    </message>
    <message>
        <source>Receiving school packages…</source>
        <translation>Maktab paketlari qabul qilinmoqda…</translation>
    </message>
    <message>
        <source>done</source>
        <translation>tayyor</translation>
    </message>
    <message>
        <source>receiving…</source>
        <translation>qabul qilinmoqda…</translation>
    </message>
    <message>
        <source>Not sent yet: {names}</source>
        <translation>Hali yubormaganlar: {names}</translation>
    </message>
    <message>
        <source>Every school has sent its package.</source>
        <translation>Har bir maktab paketini yubordi.</translation>
    </message>
    <message>
        <source>refused: nothing written</source>
        <translation>rad etildi: hech narsa yozilmadi</translation>
    </message>
    <message>
        <source>checked: would be received</source>
        <translation>tekshirildi: qabul qilinadi</translation>
    </message>
    <message>
        <source>received</source>
        <translation>qabul qilindi</translation>
    </message>
    <message>
        <source>{file}: {n} records deleted at school were deleted here too</source>
        <translation>{file}: maktabda oʻchirilgan va bu yerda ham oʻchirilgan yozuvlar: {n}</translation>
    </message>
    <message>
        <source>The packages could not be received.</source>
        <translation>Paketlarni qabul qilib boʻlmadi.</translation>
    </message>
</context>
<context>
    <name>ReportText</name>
    <message>
        <source>January</source>
        <translation>Yanvar</translation>
    </message>
    <message>
        <source>February</source>
        <translation>Fevral</translation>
    </message>
    <message>
        <source>March</source>
        <translation>Mart</translation>
    </message>
    <message>
        <source>April</source>
        <translation>Aprel</translation>
    </message>
    <message>
        <source>May</source>
        <translation>May</translation>
    </message>
    <message>
        <source>June</source>
        <translation>Iyun</translation>
    </message>
    <message>
        <source>July</source>
        <translation>Iyul</translation>
    </message>
    <message>
        <source>August</source>
        <translation>Avgust</translation>
    </message>
    <message>
        <source>September</source>
        <translation>Sentabr</translation>
    </message>
    <message>
        <source>October</source>
        <translation>Oktabr</translation>
    </message>
    <message>
        <source>November</source>
        <translation>Noyabr</translation>
    </message>
    <message>
        <source>December</source>
        <translation>Dekabr</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore a backup</source>
        <translation>Zaxira nusxani tiklash</translation>
    </message>
    <message>
        <source>Backups are made before every import, package received, upgrade and restore, in the folder {folder}. Choose one to see what restoring it would change.</source>
        <translation>Zaxira nusxalar har bir import, paket qabul qilish, yangilash va tiklashdan oldin {folder} jildida yaratiladi. Tiklash nimani oʻzgartirishini koʻrish uchun nusxani tanlang.</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Yaratilgan</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Nimadan oldin</translation>
    </message>
    <message>
        <source>There are no backups of this database yet.</source>
        <translation>Bu bazaning zaxira nusxalari hali yoʻq.</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>Tiklash…</translation>
    </message>
    <message>
        <source>Restore from a file…</source>
        <translation>Fayldan tiklash…</translation>
    </message>
    <message>
        <source>Restoring it would change nothing: every table has as many rows.</source>
        <translation>Tiklash hech narsani oʻzgartirmaydi: barcha jadvallarda qatorlar soni oʻsha-oʻsha.</translation>
    </message>
    <message>
        <source>Restoring it would change (now → after restoring):</source>
        <translation>Tiklash quyidagilarni oʻzgartiradi (hozir → tiklangandan keyin):</translation>
    </message>
    <message>
        <source>Replace the database with {what}? Its present state is backed up first, so this restore can itself be undone.</source>
        <translation>Bazani {what} bilan almashtirasizmi? Uning hozirgi holati avval zaxiralanadi, shuning uchun bu tiklashni ham bekor qilish mumkin.</translation>
    </message>
    <message>
        <source>the backup of {date}</source>
        <translation>{date} dagi zaxira nusxa</translation>
    </message>
    <message>
        <source>Restore from a file</source>
        <translation>Fayldan tiklash</translation>
    </message>
    <message>
        <source>an import ({kind})</source>
        <translation>import ({kind})</translation>
    </message>
    <message>
        <source>an upgrade of the database</source>
        <translation>bazani yangilash</translation>
    </message>
    <message>
        <source>a restore</source>
        <translation>tiklash</translation>
    </message>
    <message>
        <source>made by hand</source>
        <translation>qoʻlda yaratilgan</translation>
    </message>
    <message>
        <source>a school package received</source>
        <translation>maktab paketini qabul qilish</translation>
    </message>
    <message>
        <source>Teachers</source>
        <translation>Oʻqituvchilar</translation>
    </message>
    <message>
        <source>Observations</source>
        <translation>Kuzatuvlar</translation>
    </message>
    <message>
        <source>Result rows</source>
        <translation>Natija qatorlari</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Faoliyat</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Natijalar</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Nazorat varaqasi</translation>
    </message>
    <message>
        <source>Survey</source>
        <translation>Soʻrovnoma</translation>
    </message>
    <message>
        <source>Schools</source>
        <translation>Maktablar</translation>
    </message>
    <message>
        <source>Criterion scores</source>
        <translation>Mezonlar boʻyicha baholar</translation>
    </message>
    <message>
        <source>Record of changes</source>
        <translation>Oʻzgarishlar jurnali</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Sozlamalar</translation>
    </message>
</context>
<context>
    <name>ResultColumns</name>
    <message>
        <source>Class</source>
        <translation>Sinf</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Fan</translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation>Oʻqituvchi</translation>
    </message>
    <message>
        <source>Pupils in the class</source>
        <translation>Sinfdagi oʻquvchilar</translation>
    </message>
    <message>
        <source>Pupils with 5</source>
        <translation>5 baho olgan oʻquvchilar</translation>
    </message>
    <message>
        <source>Pupils with 4</source>
        <translation>4 baho olgan oʻquvchilar</translation>
    </message>
    <message>
        <source>Pupils with 3</source>
        <translation>3 baho olgan oʻquvchilar</translation>
    </message>
    <message>
        <source>Pupils with 2</source>
        <translation>2 baho olgan oʻquvchilar</translation>
    </message>
    <message>
        <source>Pupils with 1</source>
        <translation>1 baho olgan oʻquvchilar</translation>
    </message>
    <message>
        <source>Not attested</source>
        <translation>Attestatsiyasiz</translation>
    </message>
    <message>
        <source>Exempt</source>
        <translation>Ozod</translation>
    </message>
</context>
<context>
    <name>ResultConflict</name>
    <message>
        <source>{marks} of {size}</source>
        <translation>{marks} / {size}</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Oʻchirilgan</translation>
    </message>
</context>
<context>
    <name>ResultTexts</name>
    <message>
        <source>Quarter {number}, {year}</source>
        <translation>{number}-chorak, {year}</translation>
    </message>
</context>
<context>
    <name>ResultsGridModel</name>
    <message>
        <source>Pass rate</source>
        <translation>Oʻzlashtirish</translation>
    </message>
    <message>
        <source>Pass rate: (5 + 4 + 3) ÷ N</source>
        <translation>Oʻzlashtirish: (5 + 4 + 3) ÷ N</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>Sifat</translation>
    </message>
    <message>
        <source>Quality of knowledge: (5 + 4) ÷ N</source>
        <translation>Bilim sifati: (5 + 4) ÷ N</translation>
    </message>
    <message>
        <source>SOU</source>
        <translation>SOU</translation>
    </message>
    <message>
        <source>Degree of learning (SOU), Simonov's weights</source>
        <translation>Oʻqitilganlik darajasi (SOU), Simonov koeffitsiyentlari</translation>
    </message>
    <message>
        <source>Average</source>
        <translation>Oʻrt. baho</translation>
    </message>
    <message>
        <source>Average grade of the pupils with a mark</source>
        <translation>Baho olgan oʻquvchilarning oʻrtacha bahosi</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Sinf</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Fan</translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation>Oʻqituvchi</translation>
    </message>
    <message>
        <source>Pupils</source>
        <translation>Oʻquvchilar</translation>
    </message>
    <message>
        <source>Not attested</source>
        <translation>Attestatsiyasiz</translation>
    </message>
    <message>
        <source>Exempt</source>
        <translation>Ozod</translation>
    </message>
    <message>
        <source>Class, like 7-A</source>
        <translation>Sinf, masalan 7-A</translation>
    </message>
    <message>
        <source>Not attested: no term mark; counted in N, not passed</source>
        <translation>Attestatsiyadan oʻtmagan: chorak bahosi yoʻq; N ga kiradi, oʻzlashtirmagan</translation>
    </message>
    <message>
        <source>Exempt: left out of every indicator</source>
        <translation>Ozod qilingan: hech bir koʻrsatkichga kirmaydi</translation>
    </message>
    <message>
        <source>Changed, not saved yet</source>
        <translation>Oʻzgartirilgan, hali saqlanmagan</translation>
    </message>
</context>
<context>
    <name>ResultsTab</name>
    <message>
        <source>Results of the term</source>
        <translation>Chorak natijalari</translation>
    </message>
    <message>
        <source>PDF…</source>
        <translation>PDF…</translation>
    </message>
    <message>
        <source>Save the indicator tables as PDF (Ctrl+P)</source>
        <translation>Koʻrsatkichlar jadvallarini PDF ga saqlash (Ctrl+P)</translation>
    </message>
    <message>
        <source>Term:</source>
        <translation>Chorak:</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Chorak</translation>
    </message>
    <message>
        <source>Search class, subject, teacher…</source>
        <translation>Qidirish: sinf, fan, oʻqituvchi…</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Qidirish</translation>
    </message>
    <message>
        <source>Add row</source>
        <translation>Qoʻshish</translation>
    </message>
    <message>
        <source>Add a row for a class and subject</source>
        <translation>Sinf va fan uchun qator qoʻshish</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Oʻchirish</translation>
    </message>
    <message>
        <source>Delete the selected rows (when you save)</source>
        <translation>Tanlangan qatorlarni oʻchirish (saqlaganda)</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Qoʻyish</translation>
    </message>
    <message>
        <source>Paste cells copied from Excel from the current cell on (Ctrl+V)</source>
        <translation>Excel dan nusxalangan kataklarni joriy katakdan boshlab qoʻyish (Ctrl+V)</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Bekor qilish</translation>
    </message>
    <message>
        <source>Forget the changes not saved yet</source>
        <translation>Saqlanmagan oʻzgarishlarni bekor qilish</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Saqlash</translation>
    </message>
    <message>
        <source>Enter results</source>
        <translation>Natijalarni kiritish</translation>
    </message>
    <message>
        <source>Import from Excel</source>
        <translation>Excel dan import</translation>
    </message>
    <message>
        <source>No school in this database yet.</source>
        <translation>Bu bazada hali maktab yoʻq.</translation>
    </message>
    <message>
        <source>Your unsaved changes to this term were kept: save or discard them.</source>
        <translation>Bu chorak boʻyicha saqlanmagan oʻzgarishlaringiz qoldi: saqlang yoki bekor qiling.</translation>
    </message>
    <message>
        <source>No terms in this database yet.</source>
        <translation>Bu bazada hali choraklar yoʻq.</translation>
    </message>
    <message>
        <source>No results for this term — Enter results or Import from Excel</source>
        <translation>Bu chorak uchun natijalar yoʻq — ularni kiriting yoki Excel dan import qiling</translation>
    </message>
    <message>
        <source>⚠ Rows that cannot be saved yet: {count}</source>
        <translation>⚠ Hozircha saqlab boʻlmaydigan qatorlar: {count}</translation>
    </message>
    <message>
        <source>…and {count} more (point at a row number to read them).</source>
        <translation>…va yana {count} ta (oʻqish uchun qator raqamiga sichqonchani olib boring).</translation>
    </message>
    <message>
        <source>Correct the rows marked ⚠ first</source>
        <translation>Avval ⚠ belgili qatorlarni tuzating</translation>
    </message>
    <message>
        <source>Save the changed rows (Ctrl+S)</source>
        <translation>Oʻzgargan qatorlarni saqlash (Ctrl+S)</translation>
    </message>
    <message>
        <source>Pasted: {changed} rows changed, {added} rows added.</source>
        <translation>Qoʻyildi: {changed} ta qator oʻzgardi, {added} ta qator qoʻshildi.</translation>
    </message>
    <message>
        <source>Cells beyond the last column were left out.</source>
        <translation>Oxirgi ustundan keyingi kataklar tashlab ketildi.</translation>
    </message>
    <message>
        <source>Forget the changes to this term that are not saved?</source>
        <translation>Bu chorak boʻyicha saqlanmagan oʻzgarishlar bekor qilinsinmi?</translation>
    </message>
    <message>
        <source>Results not saved</source>
        <translation>Natijalar saqlanmadi</translation>
    </message>
    <message>
        <source>Saved: {created} new, {updated} changed, {deleted} deleted rows.</source>
        <translation>Saqlandi: {created} ta yangi, {updated} ta oʻzgargan, {deleted} ta oʻchirilgan qator.</translation>
    </message>
    <message>
        <source>New classes: {names}.</source>
        <translation>Yangi sinflar: {names}.</translation>
    </message>
    <message>
        <source>Choose File ▸ Import… to import results from Excel.</source>
        <translation>Natijalarni Excel dan import qilish uchun Fayl ▸ Import… ni tanlang.</translation>
    </message>
    <message>
        <source>Nothing to print</source>
        <translation>Chop etiladigan narsa yoʻq</translation>
    </message>
    <message>
        <source>There are no saved results in this term yet.</source>
        <translation>Bu chorak uchun hali saqlangan natijalar yoʻq.</translation>
    </message>
    <message>
        <source>Save the indicators as PDF</source>
        <translation>Koʻrsatkichlarni PDF ga saqlash</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF fayllar (*.pdf)</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>Saqlandi: {path}</translation>
    </message>
    <message>
        <source>{term}, change from {previous}</source>
        <translation>{term}, {previous} ga nisbatan oʻzgarish</translation>
    </message>
    <message>
        <source>Pupils' results — {school}</source>
        <translation>Oʻquvchilar natijalari — {school}</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Guruh</translation>
    </message>
    <message>
        <source>Pupils</source>
        <translation>Oʻquvchilar</translation>
    </message>
    <message>
        <source>Marks (N)</source>
        <translation>Baholar (N)</translation>
    </message>
    <message>
        <source>Pass rate</source>
        <translation>Oʻzlashtirish</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>Sifat</translation>
    </message>
    <message>
        <source>SOU</source>
        <translation>SOU</translation>
    </message>
    <message>
        <source>Average</source>
        <translation>Oʻrt. baho</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Oʻzgarish</translation>
    </message>
    <message>
        <source>No results.</source>
        <translation>Natijalar yoʻq.</translation>
    </message>
    <message>
        <source>N: marks, one for each pupil in each subject, a mark or not attested. Pass rate (5+4+3)/N, quality (5+4)/N, SOU with Simonov's weights; totals from summed counts. Change in points.</source>
        <translation>N — baholar, har bir oʻquvchiga har bir fandan bittadan (baho yoki «attestatsiyadan oʻtmagan»). Oʻzlashtirish (5+4+3)/N, sifat (5+4)/N, SOU Simonov koeffitsiyentlari bilan; jamilar sonlar yigʻindisidan. Oʻzgarish punktlarda.</translation>
    </message>
    <message>
        <source>Someone else saved these results</source>
        <translation>Bu natijalarni boshqa kishi saqladi</translation>
    </message>
</context>
<context>
    <name>RoleView</name>
    <message>
        <source>Your account may not do this.</source>
        <translation>Hisobingizga bunga ruxsat berilmagan.</translation>
    </message>
</context>
<context>
    <name>SafetyMenus</name>
    <message>
        <source>Restore…</source>
        <translation>Tiklash…</translation>
    </message>
    <message>
        <source>Verify the record of changes</source>
        <translation>Oʻzgarishlar jurnalini tekshirish</translation>
    </message>
    <message>
        <source>The record of changes is whole: {count} entries, each holding the fingerprint of the one before. Nothing was edited behind the program's back.</source>
        <translation>Oʻzgarishlar jurnali butun: {count} ta yozuv, har biri oldingisining izini saqlaydi. Dasturni chetlab hech narsa oʻzgartirilmagan.</translation>
    </message>
    <message>
        <source>its content was changed</source>
        <translation>uning mazmuni oʻzgartirilgan</translation>
    </message>
    <message>
        <source>the entry before it was removed or changed</source>
        <translation>undan oldingi yozuv oʻchirilgan yoki oʻzgartirilgan</translation>
    </message>
    <message>
        <source>The record of changes was edited outside the program: it breaks at entry {entry} ({why}). What it says from there on cannot be trusted; keep a copy of the file and tell whoever is responsible for the data.</source>
        <translation>Oʻzgarishlar jurnali dasturni chetlab oʻzgartirilgan: u {entry}-yozuvda uziladi ({why}). Undan keyingi yozuvlarga ishonib boʻlmaydi; fayl nusxasini saqlang va maʼlumotlar uchun masʼul shaxsga xabar bering.</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Zaxira nusxani tiklash</translation>
    </message>
    <message>
        <source>This database is not a file; restore it with its server's own tools.</source>
        <translation>Bu maʼlumotlar bazasi fayl emas; uni serverining oʻz vositalari bilan tiklang.</translation>
    </message>
    <message>
        <source>{tabs}: some changes are not saved yet. Save or discard them first.</source>
        <translation>{tabs}: baʼzi oʻzgarishlar hali saqlanmagan. Avval ularni saqlang yoki bekor qiling.</translation>
    </message>
    <message>
        <source>Restored from {source}; the state before is kept as {kept}.</source>
        <translation>{source} dan tiklandi; avvalgi holat {kept} sifatida saqlandi.</translation>
    </message>
</context>
<context>
    <name>ScaleEditor</name>
    <message>
        <source>Value</source>
        <translation>Qiymat</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Nomlanishi</translation>
    </message>
    <message>
        <source>What the observer sees</source>
        <translation>Kuzatuvchi nimani koʻradi</translation>
    </message>
    <message>
        <source>Add level</source>
        <translation>Daraja qoʻshish</translation>
    </message>
    <message>
        <source>Remove last level</source>
        <translation>Oxirgi darajani oʻchirish</translation>
    </message>
    <message>
        <source>Values are whole numbers from 0 to 10, increasing.</source>
        <translation>Qiymatlar — 0 dan 10 gacha oʻsib boruvchi butun sonlar.</translation>
    </message>
</context>
<context>
    <name>ScatterPanel</name>
    <message>
        <source>Lessons and results by school — {period}</source>
        <translation>Maktablar boʻyicha darslar va natijalar — {period}</translation>
    </message>
    <message>
        <source>School</source>
        <translation>Maktab</translation>
    </message>
    <message>
        <source>Lessons and results by teacher — {period}</source>
        <translation>Oʻqituvchilar boʻyicha darslar va natijalar — {period}</translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation>Oʻqituvchi</translation>
    </message>
    <message>
        <source>Average observation score against quality of knowledge; one point each.</source>
        <translation>Kuzatuvlarning oʻrtacha bali va bilim sifati; har biriga bitta nuqta.</translation>
    </message>
    <message>
        <source>{name}
Average observation score: {score} ({lessons} lessons)
Quality of knowledge: {quality} ({pupils} pupils)</source>
        <translation>{name}
Kuzatuvlarning oʻrtacha bali: {score} ({lessons} ta dars)
Bilim sifati: {quality} ({pupils} nafar oʻquvchi)</translation>
    </message>
    <message>
        <source>Average observation score, %</source>
        <translation>Kuzatuvlarning oʻrtacha bali, %</translation>
    </message>
    <message>
        <source>Quality of knowledge, %</source>
        <translation>Bilim sifati, %</translation>
    </message>
    <message>
        <source>Lessons observed</source>
        <translation>Kuzatilgan darslar</translation>
    </message>
    <message>
        <source>Pupils assessed</source>
        <translation>Baholangan oʻquvchilar</translation>
    </message>
</context>
<context>
    <name>SchoolProfile</name>
    <message>
        <source>Value</source>
        <translation>Qiymat</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Oʻzgarish</translation>
    </message>
    <message>
        <source>School profile: {school}</source>
        <translation>Maktab profili: {school}</translation>
    </message>
    <message>
        <source>compared with {period}</source>
        <translation>taqqoslash uchun — {period}</translation>
    </message>
    <message>
        <source>{points} points</source>
        <translation>{points} punkt</translation>
    </message>
    <message>
        <source>Teachers</source>
        <translation>Oʻqituvchilar</translation>
    </message>
    <message>
        <source>Lessons observed</source>
        <translation>Kuzatilgan darslar</translation>
    </message>
    <message>
        <source>Teachers needing attention</source>
        <translation>Eʼtibor talab qiladigan oʻqituvchilar</translation>
    </message>
    <message>
        <source>Professional development up to date</source>
        <translation>Malaka oshirish oʻz vaqtida</translation>
    </message>
    <message>
        <source>{count} of {total}</source>
        <translation>{total} tadan {count}</translation>
    </message>
    <message>
        <source>All statements</source>
        <translation>Barcha fikrlar</translation>
    </message>
    <message>
        <source>Respondents</source>
        <translation>Respondentlar</translation>
    </message>
    <message>
        <source>Survey</source>
        <translation>Soʻrovnoma</translation>
    </message>
    <message>
        <source>Share of answers 4 or 5 on the scale 1–5, from the latest survey of each group; shown from {minimum} respondents.</source>
        <translation>1–5 shkalasida 4 yoki 5 javoblar ulushi, har bir guruhning soʻnggi soʻrovnomasidan; kamida {minimum} kishi javob berganda koʻrsatiladi.</translation>
    </message>
    <message>
        <source>{dimension}: {group} {share}, teachers {other}.</source>
        <translation>{dimension}: {group} — {share}, oʻqituvchilar — {other}.</translation>
    </message>
    <message>
        <source>Further study</source>
        <translation>Oʻqishni davom ettirdi</translation>
    </message>
    <message>
        <source>With a partner organisation</source>
        <translation>Hamkor tashkilotda</translation>
    </message>
    <message>
        <source>Graduates</source>
        <translation>Jami bitiruvchilar</translation>
    </message>
    <message>
        <source>No graduate was placed with a partner organisation.</source>
        <translation>Hech bir bitiruvchi hamkor tashkilotga joylashtirilmagan.</translation>
    </message>
    <message>
        <source>Partner organisations:</source>
        <translation>Hamkor tashkilotlar:</translation>
    </message>
    <message>
        <source>{partner}: {count} ({ways})</source>
        <translation>{partner}: {count} ({ways})</translation>
    </message>
    <message>
        <source>Where the graduates went</source>
        <translation>Bitiruvchilar qayerga ketdi</translation>
    </message>
    <message>
        <source>Where the graduates of {year} went</source>
        <translation>{year} bitiruvchilari qayerga ketdi</translation>
    </message>
    <message>
        <source>The quarter in figures</source>
        <translation>Chorak raqamlarda</translation>
    </message>
    <message>
        <source>No results or observations in this quarter yet.</source>
        <translation>Bu chorakda hali baholar va kuzatuvlar yoʻq.</translation>
    </message>
    <message>
        <source>How parents, pupils, teachers and employers see the school</source>
        <translation>Maktabni ota-onalar, oʻquvchilar, oʻqituvchilar va ish beruvchilar qanday koʻradi</translation>
    </message>
    <message>
        <source>No survey yet.</source>
        <translation>Hali soʻrovnoma oʻtkazilmagan.</translation>
    </message>
    <message>
        <source>No graduates entered yet.</source>
        <translation>Bitiruvchilar hali kiritilmagan.</translation>
    </message>
    <message>
        <source>made {date}</source>
        <translation>tuzilgan sana: {date}</translation>
    </message>
</context>
<context>
    <name>SchoolProfileDialog</name>
    <message>
        <source>School profile</source>
        <translation>Maktab profili</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Yuklanmoqda…</translation>
    </message>
    <message>
        <source>No survey yet — File ▸ Surveys: print a questionnaire, then import it.</source>
        <translation>Hali soʻrovnoma yoʻq — Fayl ▸ Soʻrovnomalar: soʻrovnomani chop eting, soʻng javoblarni import qiling.</translation>
    </message>
    <message>
        <source>No graduates entered yet — File ▸ Surveys ▸ Where the graduates went…</source>
        <translation>Bitiruvchilar hali kiritilmagan — Fayl ▸ Soʻrovnomalar ▸ Bitiruvchilar qayerga ketdi…</translation>
    </message>
    <message>
        <source>The quarter in figures</source>
        <translation>Chorak raqamlarda</translation>
    </message>
    <message>
        <source>How parents, pupils, teachers and employers see the school</source>
        <translation>Maktabni ota-onalar, oʻquvchilar, oʻqituvchilar va ish beruvchilar qanday koʻradi</translation>
    </message>
    <message>
        <source>Where the graduates went</source>
        <translation>Bitiruvchilar qayerga ketdi</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Yopish</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>PDF ga saqlash…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Chop etish…</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>PDF ga saqlash</translation>
    </message>
    <message>
        <source>The PDF could not be written. Close it or choose another folder.</source>
        <translation>PDF ni yozib boʻlmadi. Uni yoping yoki boshqa papkani tanlang.</translation>
    </message>
</context>
<context>
    <name>SchoolsPanel</name>
    <message>
        <source>Order</source>
        <translation>Tartib</translation>
    </message>
    <message>
        <source>Order of the schools</source>
        <translation>Maktablar tartibi</translation>
    </message>
    <message>
        <source>Lowest first</source>
        <translation>Avval pastlari</translation>
    </message>
    <message>
        <source>Highest first</source>
        <translation>Avval yuqorilari</translation>
    </message>
    <message>
        <source>By name</source>
        <translation>Nomi boʻyicha</translation>
    </message>
    <message>
        <source>Schools compared: quality of knowledge — {period}</source>
        <translation>Maktablarni taqqoslash: bilim sifati — {period}</translation>
    </message>
    <message>
        <source>Click a school to show it alone.</source>
        <translation>Faqat uni koʻrsatish uchun maktabni bosing.</translation>
    </message>
    <message>
        <source>Click to show this school alone.</source>
        <translation>Faqat shu maktabni koʻrsatish uchun bosing.</translation>
    </message>
    <message>
        <source>School</source>
        <translation>Maktab</translation>
    </message>
    <message>
        <source>All schools: {value}</source>
        <translation>Barcha maktablar: {value}</translation>
    </message>
    <message>
        <source>Quality of knowledge</source>
        <translation>Bilim sifati</translation>
    </message>
    <message>
        <source>The chosen school</source>
        <translation>Tanlangan maktab</translation>
    </message>
    <message>
        <source>Other schools (summed)</source>
        <translation>Boshqa maktablar (jami)</translation>
    </message>
</context>
<context>
    <name>ScorePanel</name>
    <message>
        <source>Overall score</source>
        <translation>Umumiy ball</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Boʻlimlar</translation>
    </message>
    <message>
        <source>Keys: {first}–{last} level · {na} not applicable · ⌫ clear · ↑↓ move · Tab comment · Ctrl+Enter finalize</source>
        <translation>Tugmalar: {first}–{last} daraja · {na} qoʻllanilmaydi · ⌫ tozalash · ↑↓ oʻtish · Tab izoh · Ctrl+Enter yakunlash</translation>
    </message>
    <message>
        <source>{answered} of {total} criteria answered</source>
        <translation>{total} ta mezondan {answered} tasi toʻldirilgan</translation>
    </message>
</context>
<context>
    <name>SendDialog</name>
    <message>
        <source>Send to the district</source>
        <translation>Tumanga yuborish</translation>
    </message>
    <message>
        <source>One Excel file with everything the district needs for the period: a cover and readable sheets for people, and the records themselves for the district's program. Send the file as it is; a changed file is refused.</source>
        <translation>Tumanga davr uchun kerak boʻlgan hamma narsa bitta Excel faylda: odamlar oʻqishi uchun muqova va varaqlar hamda tuman dasturi uchun yozuvlarning oʻzi. Faylni oʻzgartirmasdan yuboring; oʻzgartirilgan fayl rad etiladi.</translation>
    </message>
    <message>
        <source>School:</source>
        <translation>Maktab:</translation>
    </message>
    <message>
        <source>Academic year:</source>
        <translation>Oʻquv yili:</translation>
    </message>
    <message>
        <source>Whole year</source>
        <translation>Butun yil</translation>
    </message>
    <message>
        <source>Quarter {n}</source>
        <translation>{n}-chorak</translation>
    </message>
    <message>
        <source>Quarter:</source>
        <translation>Chorak:</translation>
    </message>
    <message>
        <source>Save the package…</source>
        <translation>Paketni saqlash…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Bekor qilish</translation>
    </message>
    <message>
        <source>Set up or choose a school first.</source>
        <translation>Avval maktabni sozlang yoki tanlang.</translation>
    </message>
    <message>
        <source>Save the package as</source>
        <translation>Paketni saqlash</translation>
    </message>
    <message>
        <source>Writing {file}…</source>
        <translation>{file} yozilmoqda…</translation>
    </message>
    <message>
        <source>Package saved: {path} ({teachers} teachers, {results} results rows, {observations} observations)</source>
        <translation>Paket saqlandi: {path} ({teachers} oʻqituvchi, {results} natija qatori, {observations} kuzatuv)</translation>
    </message>
    <message>
        <source>The package could not be written.</source>
        <translation>Paketni yozib boʻlmadi.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Sozlamalar</translation>
    </message>
    <message>
        <source>As in the system</source>
        <translation>Tizimdagidek</translation>
    </message>
    <message>
        <source>Shown as the observer on new observations</source>
        <translation>Yangi kuzatuvlarda kuzatuvchi sifatida koʻrsatiladi</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Til:</translation>
    </message>
    <message>
        <source>Your name:</source>
        <translation>Ismingiz:</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Umumiy</translation>
    </message>
</context>
<context>
    <name>SingleInstance</name>
    <message>
        <source>The database is already open</source>
        <translation>Maʼlumotlar bazasi allaqachon ochiq</translation>
    </message>
    <message>
        <source>“{name}” is already open in another EduQA Desktop window. A database is opened in one window at a time, so that no change is lost.

Bring that window forward?</source>
        <translation>«{name}» EduQA Desktop’ning boshqa oynasida allaqachon ochiq. Hech bir oʻzgarish yoʻqolmasligi uchun maʼlumotlar bazasi bir vaqtda faqat bitta oynada ochiladi.

Oʻsha oynaga oʻtilsinmi?</translation>
    </message>
    <message>
        <source>The other window did not answer. Switch to it from the taskbar.</source>
        <translation>Boshqa oyna javob bermadi. Unga vazifalar panelidan oʻting.</translation>
    </message>
</context>
<context>
    <name>SnapshotGrid</name>
    <message>
        <source>Time-on-task snapshots</source>
        <translation>Vaqtdan foydalanish kesimlari</translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation>Oʻqituvchi</translation>
    </message>
    <message>
        <source>Pupils off task</source>
        <translation>Chalgʻigan oʻquvchilar</translation>
    </message>
    <message>
        <source>Materials</source>
        <translation>Materiallar</translation>
    </message>
    <message>
        <source>Snapshot {number}: from {start} to {end} on the lesson timer</source>
        <translation>{number}-kesim: dars taymerida {start} dan {end} gacha</translation>
    </message>
</context>
<context>
    <name>SnapshotLabels</name>
    <message>
        <source>Explaining</source>
        <translation>Tushuntirish</translation>
    </message>
    <message>
        <source>Questioning</source>
        <translation>Savol-javob</translation>
    </message>
    <message>
        <source>Practice</source>
        <translation>Mashq</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Baholash</translation>
    </message>
    <message>
        <source>Organising</source>
        <translation>Tashkiliy ishlar</translation>
    </message>
    <message>
        <source>Discipline</source>
        <translation>Intizom</translation>
    </message>
    <message>
        <source>Teacher off task</source>
        <translation>Oʻqituvchi darsdan chetda</translation>
    </message>
    <message>
        <source>0–1 off task</source>
        <translation>0–1 chalgʻigan</translation>
    </message>
    <message>
        <source>2–5 off task</source>
        <translation>2–5 chalgʻigan</translation>
    </message>
    <message>
        <source>6+ off task</source>
        <translation>6+ chalgʻigan</translation>
    </message>
    <message>
        <source>No materials</source>
        <translation>Materialsiz</translation>
    </message>
    <message>
        <source>Textbook</source>
        <translation>Darslik</translation>
    </message>
    <message>
        <source>Notebook</source>
        <translation>Daftar</translation>
    </message>
    <message>
        <source>Board</source>
        <translation>Doska</translation>
    </message>
    <message>
        <source>Computer, ICT</source>
        <translation>Kompyuter, AKT</translation>
    </message>
    <message>
        <source>Other materials</source>
        <translation>Boshqa materiallar</translation>
    </message>
    <message>
        <source>Time on task</source>
        <translation>Vaqtdan foydalanish</translation>
    </message>
    <message>
        <source>Instruction</source>
        <translation>Taʼlim jarayoni</translation>
    </message>
    <message>
        <source>Classroom management</source>
        <translation>Sinfni boshqarish</translation>
    </message>
    <message>
        <source>Pupils engaged (0–1 off task)</source>
        <translation>Oʻquvchilar band (0–1 chalgʻigan)</translation>
    </message>
    <message>
        <source>reference ≥ {value}</source>
        <translation>meʼyor ≥ {value}</translation>
    </message>
    <message>
        <source>reference ≤ {value}</source>
        <translation>meʼyor ≤ {value}</translation>
    </message>
    <message>
        <source>meets</source>
        <translation>bajarilgan</translation>
    </message>
    <message>
        <source>misses</source>
        <translation>bajarilmagan</translation>
    </message>
    <message>
        <source>{coded} of {count} snapshots coded</source>
        <translation>{count} ta kesimdan {coded} tasi belgilangan</translation>
    </message>
</context>
<context>
    <name>SnapshotStrip</name>
    <message>
        <source>Time-on-task snapshots</source>
        <translation>Vaqtdan foydalanish kesimlari</translation>
    </message>
    <message>
        <source>Lesson timer</source>
        <translation>Dars taymeri</translation>
    </message>
    <message>
        <source>Start timer (Ctrl+T)</source>
        <translation>Taymerni boshlash (Ctrl+T)</translation>
    </message>
    <message>
        <source>Snapshot due</source>
        <translation>Navbatdagi kesim</translation>
    </message>
    <message>
        <source>Pause timer (Ctrl+T)</source>
        <translation>Taymerni toʻxtatish (Ctrl+T)</translation>
    </message>
    <message>
        <source>Snapshot {number} is due ({start}–{end}): press F9</source>
        <translation>{number}-kesim vaqti keldi ({start}–{end}): F9 ni bosing</translation>
    </message>
    <message>
        <source>Ctrl+T starts the lesson timer</source>
        <translation>Ctrl+T dars taymerini ishga tushiradi</translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation>Oʻqituvchi</translation>
    </message>
    <message>
        <source>Pupils off task</source>
        <translation>Chalgʻigan oʻquvchilar</translation>
    </message>
    <message>
        <source>Materials</source>
        <translation>Materiallar</translation>
    </message>
    <message>
        <source>{row}: {codes}. ⌫ clear · +/− minute · Esc back to the checklist</source>
        <translation>{row}: {codes}. ⌫ tozalash · +/− daqiqa · Esc nazorat varaqasiga qaytish</translation>
    </message>
</context>
<context>
    <name>StaffModel</name>
    <message>
        <source>{name} (left)</source>
        <translation>{name} (ishdan ketgan)</translation>
    </message>
    <message>
        <source>Number {rank} on the attention list: open the profile to see why</source>
        <translation>Eʼtibor roʻyxatida {rank}-oʻrinda: sabablari — oʻqituvchi profilida</translation>
    </message>
    <message>
        <source>Open the profile to see why</source>
        <translation>Sabablari — oʻqituvchi profilida</translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation>Oʻqituvchi</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Metodbirlashma</translation>
    </message>
    <message>
        <source>Subjects</source>
        <translation>Fanlar</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Toifa</translation>
    </message>
    <message>
        <source>Experience,
years</source>
        <translation>Staj,
yil</translation>
    </message>
    <message>
        <source>Years of experience</source>
        <translation>Pedagogik staj, yil</translation>
    </message>
    <message>
        <source>Lessons
observed</source>
        <translation>Kuzatilgan
darslar</translation>
    </message>
    <message>
        <source>Average
score</source>
        <translation>Oʻrtacha
ball</translation>
    </message>
    <message>
        <source>Quality of
knowledge</source>
        <translation>Bilim
sifati</translation>
    </message>
    <message>
        <source>Last
course</source>
        <translation>Oxirgi
kurs</translation>
    </message>
    <message>
        <source>Signals</source>
        <translation>Signallar</translation>
    </message>
    <message>
        <source>Final lesson observations from {start} to {end}</source>
        <translation>{start} – {end} oraligʻidagi yakunlangan dars kuzatuvlari</translation>
    </message>
    <message>
        <source>Average score of the observations from {start} to {end}</source>
        <translation>{start} – {end} oraligʻidagi kuzatuvlarning oʻrtacha bali</translation>
    </message>
    <message>
        <source>Quality of knowledge in {period}</source>
        <translation>Bilim sifati: {period}</translation>
    </message>
    <message>
        <source>Last professional-development course up to {date}</source>
        <translation>{date} holatiga oxirgi malaka oshirish kursi</translation>
    </message>
    <message>
        <source>Flags as of {date}</source>
        <translation>{date} holatiga signallar</translation>
    </message>
</context>
<context>
    <name>StaffTermChoice</name>
    <message>
        <source>Academic year</source>
        <translation>Oʻquv yili</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Chorak</translation>
    </message>
    <message>
        <source>{quarter} (no results)</source>
        <translation>{quarter} (natijalar yoʻq)</translation>
    </message>
    <message>
        <source>as of {date}</source>
        <translation>{date} holatiga</translation>
    </message>
</context>
<context>
    <name>StartSplash</name>
    <message>
        <source>Opening…</source>
        <translation>Ochilmoqda…</translation>
    </message>
</context>
<context>
    <name>SubmissionsDialog</name>
    <message>
        <source>Submissions</source>
        <translation>Topshirganlar</translation>
    </message>
    <message>
        <source>Whole year</source>
        <translation>Butun yil</translation>
    </message>
    <message>
        <source>Quarter {n}</source>
        <translation>{n}-chorak</translation>
    </message>
    <message>
        <source>Academic year:</source>
        <translation>Oʻquv yili:</translation>
    </message>
    <message>
        <source>Quarter:</source>
        <translation>Chorak:</translation>
    </message>
    <message>
        <source>School</source>
        <translation>Maktab</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Tuman</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>Paket</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Qabul qilingan</translation>
    </message>
    <message>
        <source>App version</source>
        <translation>Dastur versiyasi</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fayl</translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation>Excelga eksport…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Yopish</translation>
    </message>
    <message>
        <source>arrived</source>
        <translation>keldi</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>kelmadi</translation>
    </message>
    <message>
        <source>Arrived: {arrived} of {total}; missing: {missing}</source>
        <translation>Keldi: {total} dan {arrived}; kelmadi: {missing}</translation>
    </message>
    <message>
        <source>Save the list as</source>
        <translation>Roʻyxatni saqlash</translation>
    </message>
    <message>
        <source>The file could not be written: {reason}</source>
        <translation>Faylni yozib boʻlmadi: {reason}</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>Saqlandi: {path}</translation>
    </message>
</context>
<context>
    <name>SurveyImportDialog</name>
    <message>
        <source>Import a survey</source>
        <translation>Soʻrovnomani import qilish</translation>
    </message>
    <message>
        <source>The filled survey template (.xlsx)</source>
        <translation>Toʻldirilgan soʻrovnoma shabloni (.xlsx)</translation>
    </message>
    <message>
        <source>Choose the filled survey template.</source>
        <translation>Toʻldirilgan soʻrovnoma shablonini tanlang.</translation>
    </message>
    <message>
        <source>As written in the file</source>
        <translation>Fayldagidek</translation>
    </message>
    <message>
        <source>Quarter {number}</source>
        <translation>{number}-chorak</translation>
    </message>
    <message>
        <source>Academic year:</source>
        <translation>Oʻquv yili:</translation>
    </message>
    <message>
        <source>Quarter:</source>
        <translation>Chorak:</translation>
    </message>
    <message>
        <source>{group}, {school}, {year}, quarter {term}: {respondents} respondents, {statements} statements answered.</source>
        <translation>{group}, {school}, {year}, {term}-chorak: {respondents} respondent, javob berilgan fikrlar — {statements}.</translation>
    </message>
    <message>
        <source>The same answers are already in the database.</source>
        <translation>Xuddi shu javoblar bazada allaqachon bor.</translation>
    </message>
    <message>
        <source>It replaces this group's survey of that quarter.</source>
        <translation>U shu guruhning bu chorakdagi soʻrovnomasi oʻrniga yoziladi.</translation>
    </message>
    <message>
        <source>Fewer than {minimum} answered: the results will be kept but not shown.</source>
        <translation>{minimum} tadan kam kishi javob bergan: natijalar saqlanadi, lekin koʻrsatilmaydi.</translation>
    </message>
    <message>
        <source>All statements</source>
        <translation>Barcha fikrlar</translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation>Yoʻnalish</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Javoblar</translation>
    </message>
    <message>
        <source>Agree (4–5)</source>
        <translation>Qoʻshiladi (4–5)</translation>
    </message>
    <message>
        <source>Mean (1–5)</source>
        <translation>Oʻrtacha (1–5)</translation>
    </message>
</context>
<context>
    <name>SurveySettingsPage</name>
    <message>
        <source>respondents</source>
        <translation>respondent</translation>
    </message>
    <message>
        <source>A group's answers are shown only when at least this many answered, so that no answer can be traced back to a person. Surveys with fewer are kept but not shown.</source>
        <translation>Guruh javoblari kamida shuncha kishi javob berganda koʻrsatiladi — shunda hech bir javobni aniq odamga bogʻlab boʻlmaydi. Bundan kam javobli soʻrovnomalar saqlanadi, lekin koʻrsatilmaydi.</translation>
    </message>
    <message>
        <source>Show results from:</source>
        <translation>Natijalarni koʻrsatish:</translation>
    </message>
</context>
<context>
    <name>SurveyTemplateDialog</name>
    <message>
        <source>Blank survey template</source>
        <translation>Boʻsh soʻrovnoma shabloni</translation>
    </message>
    <message>
        <source>Quarter {number}</source>
        <translation>{number}-chorak</translation>
    </message>
    <message>
        <source>Group:</source>
        <translation>Guruh:</translation>
    </message>
    <message>
        <source>Layout:</source>
        <translation>Koʻrinishi:</translation>
    </message>
    <message>
        <source>Academic year:</source>
        <translation>Oʻquv yili:</translation>
    </message>
    <message>
        <source>Quarter:</source>
        <translation>Chorak:</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Saqlash…</translation>
    </message>
    <message>
        <source>survey-{group}.xlsx</source>
        <translation>sorovnoma-{group}.xlsx</translation>
    </message>
    <message>
        <source>Save the survey template</source>
        <translation>Soʻrovnoma shablonini saqlash</translation>
    </message>
    <message>
        <source>The file could not be written. Close it in Excel or choose another folder.</source>
        <translation>Faylni yozib boʻlmadi. Uni Excelda yoping yoki boshqa papkani tanlang.</translation>
    </message>
</context>
<context>
    <name>TeacherConflict</name>
    <message>
        <source>Full name</source>
        <translation>F.I.Sh.</translation>
    </message>
    <message>
        <source>Personnel number</source>
        <translation>Tabel raqami</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Kafedra</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Toifa</translation>
    </message>
    <message>
        <source>Experience, years</source>
        <translation>Ish staji, yil</translation>
    </message>
    <message>
        <source>Last PD course</source>
        <translation>Oxirgi malaka oshirish kursi</translation>
    </message>
    <message>
        <source>Hired on</source>
        <translation>Ishga qabul qilingan</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Izoh</translation>
    </message>
    <message>
        <source>Subjects</source>
        <translation>Fanlar</translation>
    </message>
</context>
<context>
    <name>TeacherDialog</name>
    <message>
        <source>Add a teacher</source>
        <translation>Yangi oʻqituvchi</translation>
    </message>
    <message>
        <source>Edit teacher</source>
        <translation>Oʻqituvchi maʼlumotlari</translation>
    </message>
    <message>
        <source>Surname Name Patronymic</source>
        <translation>Familiya Ism Otasining ismi</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>F.I.Sh.</translation>
    </message>
    <message>
        <source>Choose or type a new one</source>
        <translation>Tanlang yoki yangisini yozing</translation>
    </message>
    <message>
        <source>Find a subject…</source>
        <translation>Fanni topish…</translation>
    </message>
    <message>
        <source>Leave “—” when no course is known</source>
        <translation>Kurs nomaʼlum boʻlsa, «—» qoldiring</translation>
    </message>
    <message>
        <source>Full name *</source>
        <translation>F.I.Sh. *</translation>
    </message>
    <message>
        <source>Personnel number</source>
        <translation>Tabel raqami</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Metodbirlashma</translation>
    </message>
    <message>
        <source>Subjects</source>
        <translation>Fanlar</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Toifa</translation>
    </message>
    <message>
        <source>Experience</source>
        <translation>Staj</translation>
    </message>
    <message>
        <source>Last professional-development course</source>
        <translation>Oxirgi malaka oshirish kursi</translation>
    </message>
    <message>
        <source>Hired on</source>
        <translation>Ishga qabul qilingan</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Izoh</translation>
    </message>
    <message>
        <source>* required</source>
        <translation>* majburiy</translation>
    </message>
    <message numerus="yes">
        <source> years</source>
        <translation><numerusform> yil</numerusform><numerusform> yil</numerusform></translation>
    </message>
    <message>
        <source>Someone else saved this teacher</source>
        <translation>Bu oʻqituvchi kartasini boshqa kishi saqladi</translation>
    </message>
</context>
<context>
    <name>TeacherLabels</name>
    <message>
        <source>Highest</source>
        <translation>Oliy</translation>
    </message>
    <message>
        <source>First</source>
        <translation>Birinchi</translation>
    </message>
    <message>
        <source>Second</source>
        <translation>Ikkinchi</translation>
    </message>
    <message>
        <source>Specialist</source>
        <translation>Mutaxassis</translation>
    </message>
    <message>
        <source>Up to date</source>
        <translation>Muddatida</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Muddati oʻtgan</translation>
    </message>
    <message>
        <source>No course on record</source>
        <translation>Kurs haqida maʼlumot yoʻq</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>soat</translation>
    </message>
    <message>
        <source>times</source>
        <translation>marta</translation>
    </message>
    <message>
        <source>pupils</source>
        <translation>oʻquvchi</translation>
    </message>
    <message>
        <source>School</source>
        <translation>Maktab</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Tuman</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Viloyat</translation>
    </message>
    <message>
        <source>National</source>
        <translation>Respublika</translation>
    </message>
    <message>
        <source>International</source>
        <translation>Xalqaro</translation>
    </message>
    <message>
        <source>1st quarter</source>
        <translation>1-chorak</translation>
    </message>
    <message>
        <source>2nd quarter</source>
        <translation>2-chorak</translation>
    </message>
    <message>
        <source>3rd quarter</source>
        <translation>3-chorak</translation>
    </message>
    <message>
        <source>4th quarter</source>
        <translation>4-chorak</translation>
    </message>
    <message>
        <source>Q{term} {year}</source>
        <translation>{year}, {term}-chorak</translation>
    </message>
    <message>
        <source>{quarter} {year}</source>
        <translation>{year}, {quarter}</translation>
    </message>
</context>
<context>
    <name>TeacherProfileDialog</name>
    <message>
        <source>Date</source>
        <translation>Sana</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Sinf</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Fan</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Maqsad</translation>
    </message>
    <message>
        <source>Observer</source>
        <translation>Kuzatuvchi</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Ball</translation>
    </message>
    <message>
        <source>Band</source>
        <translation>Daraja</translation>
    </message>
    <message>
        <source>Instruction</source>
        <translation>Taʼlim</translation>
    </message>
    <message>
        <source>Management</source>
        <translation>Boshqarish</translation>
    </message>
    <message>
        <source>Correction</source>
        <translation>Tuzatish</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Mezon</translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation>Oʻqituvchi</translation>
    </message>
    <message>
        <source>School</source>
        <translation>Maktab</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Farq</translation>
    </message>
    <message>
        <source>Pupils assessed</source>
        <translation>Baholanganlar</translation>
    </message>
    <message>
        <source>Pass rate</source>
        <translation>Oʻzlashtirish</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>Sifat</translation>
    </message>
    <message>
        <source>SOU</source>
        <translation>SOU</translation>
    </message>
    <message>
        <source>Average grade</source>
        <translation>Oʻrtacha baho</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Chorak</translation>
    </message>
    <message>
        <source>Change in quality</source>
        <translation>Sifat oʻzgarishi</translation>
    </message>
    <message>
        <source>No results of the previous quarter</source>
        <translation>Oʻtgan chorak natijalari yoʻq</translation>
    </message>
    <message>
        <source>Compared with {class_name}, {term}</source>
        <translation>{class_name} bilan solishtirilgan, {term}</translation>
    </message>
    <message>
        <source>Compared with {term}</source>
        <translation>Taqqoslangan: {term}</translation>
    </message>
    <message>
        <source>Mechanism</source>
        <translation>Mexanizm</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Shu yil</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>Barcha yillar</translation>
    </message>
    <message>
        <source>Last</source>
        <translation>Oxirgisi</translation>
    </message>
    <message>
        <source>Add activity…</source>
        <translation>Faoliyat qoʻshish…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Tahrirlash…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Chop etish…</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>PDF ga eksport…</translation>
    </message>
    <message>
        <source>Export .xlsx…</source>
        <translation>.xlsx ga eksport…</translation>
    </message>
    <message>
        <source>Observations this year</source>
        <translation>Shu yilgi kuzatuvlar</translation>
    </message>
    <message>
        <source>Average score this year</source>
        <translation>Shu yilgi oʻrtacha ball</translation>
    </message>
    <message>
        <source>Latest observation</source>
        <translation>Oxirgi kuzatuv</translation>
    </message>
    <message>
        <source>Quality of knowledge</source>
        <translation>Bilim sifati</translation>
    </message>
    <message>
        <source>Professional development</source>
        <translation>Malaka oshirish</translation>
    </message>
    <message>
        <source>Signals</source>
        <translation>Signallar</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Xulosa</translation>
    </message>
    <message>
        <source>Observations</source>
        <translation>Kuzatuvlar</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Natijalar</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Faoliyat</translation>
    </message>
    <message>
        <source>Where to look</source>
        <translation>Nimaga eʼtibor berish kerak</translation>
    </message>
    <message>
        <source>Average level reached on each criterion (% of the scale), the teacher against every teacher of the school.</source>
        <translation>Har bir mezon boʻyicha oʻrtacha daraja (shkaladan %): oʻqituvchi maktabning barcha oʻqituvchilariga nisbatan.</translation>
    </message>
    <message>
        <source>Strongest criteria</source>
        <translation>Kuchli tomonlar</translation>
    </message>
    <message>
        <source>Weakest criteria</source>
        <translation>Zaif tomonlar</translation>
    </message>
    <message>
        <source>No final observation of this teacher yet — observe a lesson on the Observations tab.</source>
        <translation>Bu oʻqituvchining yakunlangan kuzatuvlari hali yoʻq — «Kuzatuvlar» boʻlimida darsni kuzating.</translation>
    </message>
    <message>
        <source>No results of this teacher yet — enter them on the Results tab.</source>
        <translation>Bu oʻqituvchining natijalari hali yoʻq — ularni «Natijalar» boʻlimida kiriting.</translation>
    </message>
    <message>
        <source>By class and subject in</source>
        <translation>Sinf va fanlar boʻyicha:</translation>
    </message>
    <message>
        <source>All the teacher's classes, by quarter</source>
        <translation>Oʻqituvchining barcha sinflari choraklar boʻyicha</translation>
    </message>
    <message>
        <source>Teacher profile — {name}</source>
        <translation>Oʻqituvchi profili — {name}</translation>
    </message>
    <message>
        <source>No department</source>
        <translation>Metodbirlashmasiz</translation>
    </message>
    <message>
        <source>no subjects</source>
        <translation>fanlar koʻrsatilmagan</translation>
    </message>
    <message>
        <source>category: {category}</source>
        <translation>toifa: {category}</translation>
    </message>
    <message numerus="yes">
        <source>experience: %n years</source>
        <translation><numerusform>staj: %n yil</numerusform><numerusform>staj: %n yil</numerusform></translation>
    </message>
    <message>
        <source>No. {number}</source>
        <translation>tabel № {number}</translation>
    </message>
    <message>
        <source>left on {date}</source>
        <translation>{date} ishdan ketgan</translation>
    </message>
    <message>
        <source>as of {date}</source>
        <translation>{date} holatiga</translation>
    </message>
    <message>
        <source>{count} in all</source>
        <translation>jami {count}</translation>
    </message>
    <message>
        <source>{trend} a month</source>
        <translation>oyiga {trend}</translation>
    </message>
    <message>
        <source>Trend over the last 12 months, score points a month</source>
        <translation>Oxirgi 12 oydagi tendensiya, oyiga ball</translation>
    </message>
    <message numerus="yes">
        <source>{hours} h in %n years</source>
        <translation><numerusform>%n yilda {hours} soat</numerusform><numerusform>%n yilda {hours} soat</numerusform></translation>
    </message>
    <message>
        <source>see Summary</source>
        <translation>«Xulosa»ga qarang</translation>
    </message>
    <message>
        <source>none</source>
        <translation>yoʻq</translation>
    </message>
    <message>
        <source>The staff list shows flags as of {list_date}, the last day of the quarter chosen there: {list_count}. This profile is the teacher as of {date}: {count}.</source>
        <translation>Oʻqituvchilar roʻyxati signallarni u yerda tanlangan chorakning oxirgi kuni — {list_date} holatiga koʻrsatadi: {list_count}. Bu profil — oʻqituvchi {date} holatiga: {count}.</translation>
    </message>
    <message>
        <source>the subject across the school, all its teachers: {teachers}</source>
        <translation>fan butun maktab boʻyicha, uning barcha oʻqituvchilari: {teachers}</translation>
    </message>
    <message>
        <source>No signals: nothing here asks for attention.</source>
        <translation>Signallar yoʻq: alohida eʼtibor talab qiladigan narsa yoʻq.</translation>
    </message>
    <message>
        <source>Observation score</source>
        <translation>Kuzatuv bali</translation>
    </message>
    <message>
        <source>Time on instruction</source>
        <translation>Taʼlimga ketgan vaqt</translation>
    </message>
    <message>
        <source>{date} — instruction {share} (reference ≥ 50 %)</source>
        <translation>{date} — taʼlim {share} (meʼyor ≥ 50 %)</translation>
    </message>
    <message>
        <source>Score, %</source>
        <translation>Ball, %</translation>
    </message>
    <message>
        <source>Professional development: last course {last}, next due {due} ({status}); {hours} course hours in the last {years} years.</source>
        <translation>Malaka oshirish: oxirgi kurs {last}, keyingisi {due} gacha ({status}); oxirgi {years} yildagi kurs soatlari: {hours}.</translation>
    </message>
    <message numerus="yes">
        <source>Activities in the last %n years: {count}</source>
        <translation><numerusform>Oxirgi %n yildagi faoliyat: {count}</numerusform><numerusform>Oxirgi %n yildagi faoliyat: {count}</numerusform></translation>
    </message>
    <message>
        <source>Sent to the printer</source>
        <translation>Printerga yuborildi</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>PDF ga eksport</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The file could not be written. Choose another folder.</source>
        <translation>Faylni yozib boʻlmadi. Boshqa jildni tanlang.</translation>
    </message>
    <message>
        <source>Saved to {path}</source>
        <translation>Saqlandi: {path}</translation>
    </message>
    <message>
        <source>Export .xlsx</source>
        <translation>.xlsx ga eksport</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel kitobi (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>TeacherReport</name>
    <message>
        <source>Teacher profile</source>
        <translation>Oʻqituvchi profili</translation>
    </message>
    <message>
        <source>As of {date}</source>
        <translation>{date} holatiga</translation>
    </message>
    <message>
        <source>School</source>
        <translation>Maktab</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Metodbirlashma</translation>
    </message>
    <message>
        <source>Subjects</source>
        <translation>Fanlar</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Toifa</translation>
    </message>
    <message>
        <source>Experience, years</source>
        <translation>Staj, yil</translation>
    </message>
    <message>
        <source>Personnel number</source>
        <translation>Tabel raqami</translation>
    </message>
    <message>
        <source>Hired on</source>
        <translation>Ishga qabul qilingan</translation>
    </message>
    <message>
        <source>Left on</source>
        <translation>Ishdan ketgan</translation>
    </message>
    <message>
        <source>Where to look</source>
        <translation>Nimaga eʼtibor berish kerak</translation>
    </message>
    <message>
        <source>No flags.</source>
        <translation>Signallar yoʻq.</translation>
    </message>
    <message>
        <source>Lesson observations</source>
        <translation>Dars kuzatuvlari</translation>
    </message>
    <message>
        <source>No final observation yet.</source>
        <translation>Yakunlangan kuzatuvlar hali yoʻq.</translation>
    </message>
    <message>
        <source>Observations this year: {count}; their average score: {average}. Average of all years: {overall}. Trend: {trend} points a month.</source>
        <translation>Shu yilgi kuzatuvlar: {count}; ularning oʻrtacha bali: {average}. Barcha yillar oʻrtachasi: {overall}. Tendensiya: oyiga {trend} ball.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Sana</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Sinf</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Fan</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Maqsad</translation>
    </message>
    <message>
        <source>Observer</source>
        <translation>Kuzatuvchi</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Ball</translation>
    </message>
    <message>
        <source>Band</source>
        <translation>Daraja</translation>
    </message>
    <message>
        <source>Criteria compared with the school</source>
        <translation>Mezonlar maktab bilan taqqoslaganda</translation>
    </message>
    <message>
        <source>Strongest</source>
        <translation>Kuchli tomonlar</translation>
    </message>
    <message>
        <source>Weakest</source>
        <translation>Zaif tomonlar</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Mezon</translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation>Oʻqituvchi</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Farq</translation>
    </message>
    <message>
        <source>Pupils' results</source>
        <translation>Oʻquvchilar natijalari</translation>
    </message>
    <message>
        <source>No results entered for this teacher.</source>
        <translation>Bu oʻqituvchining natijalari kiritilmagan.</translation>
    </message>
    <message>
        <source>All classes, by quarter</source>
        <translation>Barcha sinflar choraklar boʻyicha</translation>
    </message>
    <message>
        <source>By class and subject, quarter {term} of {year}</source>
        <translation>Sinf va fanlar boʻyicha, {year}, {term}-chorak</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Chorak</translation>
    </message>
    <message>
        <source>Q{term} {year}</source>
        <translation>{year}, {term}-chorak</translation>
    </message>
    <message>
        <source>Pupils assessed</source>
        <translation>Baholanganlar</translation>
    </message>
    <message>
        <source>Pass rate</source>
        <translation>Oʻzlashtirish</translation>
    </message>
    <message>
        <source>Quality of knowledge</source>
        <translation>Bilim sifati</translation>
    </message>
    <message>
        <source>SOU</source>
        <translation>SOU</translation>
    </message>
    <message>
        <source>Average grade</source>
        <translation>Oʻrtacha baho</translation>
    </message>
    <message>
        <source>Change in quality, points</source>
        <translation>Sifat oʻzgarishi, foiz punkti</translation>
    </message>
    <message>
        <source>Professional development</source>
        <translation>Malaka oshirish</translation>
    </message>
    <message>
        <source>Last course</source>
        <translation>Oxirgi kurs</translation>
    </message>
    <message>
        <source>Next course due</source>
        <translation>Keyingi kurs muddati</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Holati</translation>
    </message>
    <message>
        <source>Course hours in the last {years} years</source>
        <translation>Oxirgi {years} yildagi kurs soatlari</translation>
    </message>
    <message>
        <source>Activities by mechanism</source>
        <translation>Mexanizmlar boʻyicha faoliyat</translation>
    </message>
    <message>
        <source>Mechanism</source>
        <translation>Mexanizm</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Shu yil</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>Barcha yillar</translation>
    </message>
    <message>
        <source>Last</source>
        <translation>Oxirgisi</translation>
    </message>
    <message>
        <source>Activities in the last {years} years</source>
        <translation>Oxirgi {years} yildagi faoliyat</translation>
    </message>
    <message>
        <source>No activities recorded.</source>
        <translation>Faoliyat yozuvlari yoʻq.</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Faoliyat</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Miqdor</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Birlik</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Izoh</translation>
    </message>
    <message>
        <source>Deputy director for academic affairs</source>
        <translation>Oʻquv ishlari boʻyicha direktor oʻrinbosari</translation>
    </message>
    <message>
        <source>no longer works at the school</source>
        <translation>maktabda endi ishlamaydi</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Observations</source>
        <translation>Kuzatuvlar</translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation>Mezonlar</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Natijalar</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Faoliyat</translation>
    </message>
</context>
<context>
    <name>TeachersTab</name>
    <message>
        <source>Staff</source>
        <translation>Xodimlar</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Faoliyat</translation>
    </message>
    <message>
        <source>Team analysis</source>
        <translation>Jamoa tahlili</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Eʼtibor talab etadi</translation>
    </message>
    <message>
        <source>Search teacher, subject…</source>
        <translation>Oʻqituvchi, fanni qidirish…</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Qidiruv</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Metodbirlashma</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Toifa</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Barcha toifalar</translation>
    </message>
    <message>
        <source>On the attention list</source>
        <translation>Eʼtibor roʻyxatida</translation>
    </message>
    <message>
        <source>Show archived</source>
        <translation>Arxivni koʻrsatish</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Tozalash</translation>
    </message>
    <message>
        <source>Add teacher…</source>
        <translation>Oʻqituvchi qoʻshish…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Tahrirlash…</translation>
    </message>
    <message>
        <source>Archive…</source>
        <translation>Arxivga…</translation>
    </message>
    <message>
        <source>Add activity…</source>
        <translation>Faoliyat qoʻshish…</translation>
    </message>
    <message>
        <source>Open profile</source>
        <translation>Profilni ochish</translation>
    </message>
    <message>
        <source>Add a teacher…</source>
        <translation>Oʻqituvchi qoʻshish…</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>Barcha metodbirlashmalar</translation>
    </message>
    <message>
        <source>No department</source>
        <translation>Metodbirlashmasiz</translation>
    </message>
    <message>
        <source>{shown} of {total} teachers</source>
        <translation>Oʻqituvchilar: {shown} / {total}</translation>
    </message>
    <message>
        <source>No teacher fits these filters — change them or press Clear.</source>
        <translation>Filtrlarga mos oʻqituvchi yoʻq — ularni oʻzgartiring yoki «Tozalash»ni bosing.</translation>
    </message>
    <message>
        <source>No teachers yet — add them one by one, or import a staff list from Excel (File ▸ Import).</source>
        <translation>Hozircha oʻqituvchilar yoʻq — ularni birma-bir qoʻshing yoki roʻyxatni Excel faylidan import qiling (Fayl ▸ Import).</translation>
    </message>
    <message>
        <source>No school in this database yet — set one up first.</source>
        <translation>Bu bazada hali maktab yoʻq — avval uni yarating.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Arxivdan qaytarish</translation>
    </message>
    <message>
        <source>Quality of knowledge: the results of this quarter. Lessons observed and average score: this academic year up to {date}. Last course and flags: as of {date}.</source>
        <translation>Bilim sifati — shu chorak natijalari. Kuzatilgan darslar va oʻrtacha ball — oʻquv yili boshidan {date} gacha. Oxirgi kurs va signallar — {date} holatiga.</translation>
    </message>
    <message>
        <source>No quarters in this database yet — the numbers stay empty (—).</source>
        <translation>Bazada hali choraklar yoʻq — koʻrsatkichlar boʻsh (—).</translation>
    </message>
    <message>
        <source>{period}: no results yet — quality of knowledge shows “—”.</source>
        <translation>{period}: natijalar hali yoʻq — «Bilim sifati» ustunida «—».</translation>
    </message>
    <message>
        <source>Show {period}</source>
        <translation>Koʻrsatish: {period}</translation>
    </message>
    <message>
        <source>Enter results</source>
        <translation>Natijalarni kiritish</translation>
    </message>
    <message>
        <source>Edit teacher</source>
        <translation>Oʻqituvchini tahrirlash</translation>
    </message>
    <message>
        <source>Archive teacher</source>
        <translation>Oʻqituvchini arxivga oʻtkazish</translation>
    </message>
    <message>
        <source>Archive {name}? The teacher leaves the staff list; observations, results and activities stay.</source>
        <translation>{name} arxivga oʻtkazilsinmi? Oʻqituvchi xodimlar roʻyxatidan chiqadi; kuzatuvlar, natijalar va faoliyat saqlanib qoladi.</translation>
    </message>
    <message>
        <source>Teachers</source>
        <translation>Oʻqituvchilar</translation>
    </message>
    <message>
        <source>Print the staff list</source>
        <translation>Oʻqituvchilar roʻyxatini chop etish</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved to {path}</source>
        <translation>Saqlandi: {path}</translation>
    </message>
    <message>
        <source>Teachers — {school}, {date}</source>
        <translation>Oʻqituvchilar — {school}, {date}</translation>
    </message>
</context>
<context>
    <name>TeamView</name>
    <message>
        <source>No department</source>
        <translation>Metodbirlashmasiz</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Metodbirlashma</translation>
    </message>
    <message>
        <source>Teachers</source>
        <translation>Oʻqituvchilar</translation>
    </message>
    <message>
        <source>Observations</source>
        <translation>Kuzatuvlar</translation>
    </message>
    <message>
        <source>Average
score</source>
        <translation>Oʻrtacha
ball</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>Sifat</translation>
    </message>
    <message>
        <source>Quality of knowledge</source>
        <translation>Bilim sifati</translation>
    </message>
    <message>
        <source>SOU</source>
        <translation>SOU</translation>
    </message>
    <message>
        <source>Degree of learning (SOU)</source>
        <translation>Oʻqitilganlik darajasi (SOU)</translation>
    </message>
    <message>
        <source>Average
grade</source>
        <translation>Oʻrtacha
baho</translation>
    </message>
    <message>
        <source>Course
on time</source>
        <translation>Kurs
muddatida</translation>
    </message>
    <message>
        <source>Share of teachers whose last course is within the period</source>
        <translation>Oxirgi kursi muddat ichida boʻlgan oʻqituvchilar ulushi</translation>
    </message>
    <message>
        <source>Activities
per teacher</source>
        <translation>Faoliyat
(1 oʻqituvchiga)</translation>
    </message>
    <message>
        <source>Not
observed</source>
        <translation>Kuzatilmagan</translation>
    </message>
    <message>
        <source>Share of teachers with no observation this year</source>
        <translation>Shu yil darsi kuzatilmagan oʻqituvchilar ulushi</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Bor</translation>
    </message>
    <message>
        <source>No evidence</source>
        <translation>Dalil yoʻq</translation>
    </message>
    <message>
        <source>Mechanism</source>
        <translation>Mexanizm</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Dalillar</translation>
    </message>
    <message>
        <source>Criteria
scored</source>
        <translation>Baholangan
mezonlar</translation>
    </message>
    <message>
        <source>Scores of checklist criteria tagged with the mechanism this year</source>
        <translation>Shu yil ushbu mexanizmga bogʻlangan mezonlar baholari</translation>
    </message>
    <message>
        <source>Their
average</source>
        <translation>Ularning
oʻrtachasi</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Faoliyat</translation>
    </message>
    <message>
        <source>Teachers with such an activity this year</source>
        <translation>Shu yil bunday faoliyati boʻlgan oʻqituvchilar</translation>
    </message>
    <message>
        <source>Mechanisms of quality: where the school has evidence</source>
        <translation>Sifat mexanizmlari: maktabda qayerda dalil bor</translation>
    </message>
    <message>
        <source>No teachers yet — add them on the Staff page or import a list.</source>
        <translation>Hozircha oʻqituvchilar yoʻq — ularni «Xodimlar» sahifasida qoʻshing yoki roʻyxatni import qiling.</translation>
    </message>
    <message>
        <source>Departments side by side — {year}</source>
        <translation>Metodbirlashmalar taqqoslanishi — {year}</translation>
    </message>
    <message>
        <source>Departments side by side</source>
        <translation>Metodbirlashmalar taqqoslanishi</translation>
    </message>
    <message>
        <source>Observations and activities of this academic year; pupils' results of {term}. The last row is the whole school.</source>
        <translation>Kuzatuvlar va faoliyat — shu oʻquv yili; oʻquvchilar natijalari — {term}. Oxirgi qator — butun maktab.</translation>
    </message>
    <message>
        <source>Whole school</source>
        <translation>Butun maktab</translation>
    </message>
    <message>
        <source>Teachers by the band of their average observation score this year, %</source>
        <translation>Oʻqituvchilar shu yilgi kuzatuvlar oʻrtacha bali darajasi boʻyicha, %</translation>
    </message>
    <message>
        <source>Not observed</source>
        <translation>Kuzatilmagan</translation>
    </message>
    <message>
        <source>Share of teachers, %</source>
        <translation>Oʻqituvchilar ulushi, %</translation>
    </message>
</context>
<context>
    <name>TemplateImportDialog</name>
    <message>
        <source>Choose…</source>
        <translation>Tanlash…</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Fayl:</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import qilish</translation>
    </message>
    <message>
        <source>As written in the file</source>
        <translation>Faylda yozilganidek</translation>
    </message>
    <message>
        <source>Checking the file…</source>
        <translation>Fayl tekshirilmoqda…</translation>
    </message>
    <message>
        <source>{count} problems: correct the file and choose it again. Nothing is written.</source>
        <translation>{count} ta muammo: faylni tuzating va qayta tanlang. Hech narsa yozilmadi.</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Muammo</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Varaq</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Qator</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Ustun</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Import qilinmoqda…</translation>
    </message>
</context>
<context>
    <name>ThresholdsPage</name>
    <message>
        <source> years</source>
        <translation> yil</translation>
    </message>
    <message>
        <source>Observer agreement: weighted κ</source>
        <translation>Kuzatuvchilar muvofiqligi: vaznli κ</translation>
    </message>
    <message>
        <source> days</source>
        <translation> kun</translation>
    </message>
    <message>
        <source>Bands of the observation score</source>
        <translation>Kuzatuv bali darajalari</translation>
    </message>
    <message>
        <source>High from</source>
        <translation>Yuqori — kamida</translation>
    </message>
    <message>
        <source>Good from</source>
        <translation>Yaxshi — kamida</translation>
    </message>
    <message>
        <source>Needs improvement from</source>
        <translation>Yaxshilash kerak — kamida</translation>
    </message>
    <message>
        <source>Below the last one: unsatisfactory.</source>
        <translation>Undan past — qoniqarsiz.</translation>
    </message>
    <message>
        <source>Degree of learning (SOU): weight of each mark</source>
        <translation>Oʻqitilganlik darajasi (SOU): har bir baho vazni</translation>
    </message>
    <message>
        <source>Mark 5</source>
        <translation>5 baho</translation>
    </message>
    <message>
        <source>Mark 4</source>
        <translation>4 baho</translation>
    </message>
    <message>
        <source>Mark 3</source>
        <translation>3 baho</translation>
    </message>
    <message>
        <source>Mark 2</source>
        <translation>2 baho</translation>
    </message>
    <message>
        <source>Mark 1 and not attested</source>
        <translation>1 baho va attestatsiyadan oʻtmagan</translation>
    </message>
    <message>
        <source>Simonov's levels: 1.00, 0.64, 0.36, 0.16, 0.07.</source>
        <translation>V. P. Simonov darajalari: 1,00; 0,64; 0,36; 0,16; 0,07.</translation>
    </message>
    <message>
        <source>Flags and periods</source>
        <translation>Signallar va muddatlar</translation>
    </message>
    <message>
        <source>Professional development: a course every</source>
        <translation>Malaka oshirish: kurslar oraligʻi</translation>
    </message>
    <message>
        <source>Course hours counted over the last</source>
        <translation>Kurs soatlari hisoblanadigan davr</translation>
    </message>
    <message>
        <source>Observer agreement is low below weighted κ</source>
        <translation>Kuzatuvchi muvofiqligi past, agar vaznli κ quyidagidan past boʻlsa</translation>
    </message>
    <message>
        <source>Flag a follow-up when late by more than</source>
        <translation>Signal: takroriy kuzatuv kechikishi chegarasi</translation>
    </message>
    <message>
        <source>Largest sheet an import accepts, rows</source>
        <translation>Import uchun eng katta varaq, qator</translation>
    </message>
    <message>
        <source>Restore the defaults</source>
        <translation>Standart qiymatlarni qaytarish</translation>
    </message>
    <message>
        <source>“Good” must start at or below “High”.</source>
        <translation>«Yaxshi» «Yuqori»dan baland boshlanmasligi kerak.</translation>
    </message>
    <message>
        <source>“Needs improvement” must start at or below “Good”.</source>
        <translation>«Yaxshilash kerak» «Yaxshi»dan baland boshlanmasligi kerak.</translation>
    </message>
    <message>
        <source>A better mark cannot weigh less than a worse one: the weights must go down from 5 to 1.</source>
        <translation>Yaxshiroq baho yomonrogʻidan kam vaznga ega boʻlolmaydi: vaznlar 5 dan 1 ga kamayishi kerak.</translation>
    </message>
    <message>
        <source>The weight of a 5 must be more than 0.</source>
        <translation>5 baho vazni 0 dan katta boʻlishi kerak.</translation>
    </message>
</context>
<context>
    <name>TimeOnTaskPanel</name>
    <message>
        <source>Time on instruction — {period}</source>
        <translation>Taʼlimga ketgan vaqt — {period}</translation>
    </message>
    <message>
        <source>No time-on-task snapshots in this selection — choose a checklist with snapshots (Observations ▸ Checklists…) and take them during a lesson.</source>
        <translation>Bu tanlovda vaqt kesimlari yoʻq — kesimli kuzatuv varaqasini tanlang (Kuzatuvlar ▸ Nazorat varaqalari…) va dars davomida kesimlarni oling.</translation>
    </message>
    <message>
        <source>{count} lessons with snapshots: instruction {instruction}, management {management}, pupils engaged {engaged}; {meeting} meet both references (instruction ≥ {top}, management ≤ {low}).</source>
        <translation>Kesimli darslar: {count}; taʼlim {instruction}, boshqarish {management}, band oʻquvchilar {engaged}; ikkala meʼyorga mos: {meeting} (taʼlim ≥ {top}, boshqarish ≤ {low}).</translation>
    </message>
    <message>
        <source>{low}–{high} %</source>
        <translation>{low}–{high} %</translation>
    </message>
    <message>
        <source>{span} of the snapshots on instruction: {count} lessons</source>
        <translation>Kesimlarning {span} qismi taʼlimga: {count} ta dars</translation>
    </message>
    <message>
        <source>Share of snapshots on instruction, %</source>
        <translation>Taʼlimga toʻgʻri kelgan kesimlar ulushi, %</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>Darslar</translation>
    </message>
    <message>
        <source>Reference for effective teachers: ≥ {value} on instruction</source>
        <translation>Samarali oʻqituvchilar meʼyori: taʼlimga ≥ {value}</translation>
    </message>
    <message>
        <source>Share on instruction</source>
        <translation>Taʼlim ulushi</translation>
    </message>
</context>
<context>
    <name>TrendPanel</name>
    <message>
        <source>Indicator</source>
        <translation>Koʻrsatkich</translation>
    </message>
    <message>
        <source>{indicator} by quarter — up to {period}</source>
        <translation>{indicator}: choraklar boʻyicha (oxirgisi — {period})</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Chorak</translation>
    </message>
</context>
<context>
    <name>VisitConflict</name>
    <message>
        <source>Teacher</source>
        <translation>Oʻqituvchi</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Oy</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Kun</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Maqsad</translation>
    </message>
    <message>
        <source>Observer</source>
        <translation>Kuzatuvchi</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Izoh</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Oʻchirilgan</translation>
    </message>
    <message>
        <source>Saved again, unchanged</source>
        <translation>Qayta saqlangan, oʻzgarishsiz</translation>
    </message>
</context>
<context>
    <name>VisitPlanExport</name>
    <message>
        <source>Month</source>
        <translation>Oy</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Kun</translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation>Oʻqituvchi</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Metodbirlashma</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Maqsad</translation>
    </message>
    <message>
        <source>Observer</source>
        <translation>Kuzatuvchi</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Holati</translation>
    </message>
    <message>
        <source>Observed on</source>
        <translation>Kuzatilgan sana</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Izoh</translation>
    </message>
    <message>
        <source>Visit plan</source>
        <translation>Tashriflar rejasi</translation>
    </message>
    <message>
        <source>Visit plan — {school}, {period}</source>
        <translation>Tashriflar rejasi — {school}, {period}</translation>
    </message>
    <message>
        <source>As of {date}: {counts}</source>
        <translation>{date} holatiga: {counts}</translation>
    </message>
    <message>
        <source>No visits are planned for this period.</source>
        <translation>Bu davr uchun tashriflar rejalashtirilmagan.</translation>
    </message>
    <message>
        <source>APPROVED</source>
        <translation>TASDIQLAYMAN</translation>
    </message>
    <message>
        <source>School director</source>
        <translation>Maktab direktori</translation>
    </message>
    <message>
        <source>Prepared by the deputy director</source>
        <translation>Tuzuvchi: direktor oʻrinbosari</translation>
    </message>
    <message>
        <source>signature</source>
        <translation>imzo</translation>
    </message>
    <message>
        <source>name</source>
        <translation>F. I. Sh.</translation>
    </message>
    <message>
        <source>date</source>
        <translation>sana</translation>
    </message>
</context>
<context>
    <name>VisitPlanFiles</name>
    <message>
        <source>Visit plan as PDF</source>
        <translation>Tashriflar rejasi PDF koʻrinishida</translation>
    </message>
    <message>
        <source>visit-plan.pdf</source>
        <translation>tashriflar-rejasi.pdf</translation>
    </message>
    <message>
        <source>Export the visit plan</source>
        <translation>Tashriflar rejasini eksport qilish</translation>
    </message>
    <message>
        <source>visit-plan.xlsx</source>
        <translation>tashriflar-rejasi.xlsx</translation>
    </message>
    <message>
        <source>Visit plan</source>
        <translation>Tashriflar rejasi</translation>
    </message>
</context>
<context>
    <name>VisitPlanView</name>
    <message>
        <source>Academic year</source>
        <translation>Oʻquv yili</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Oy</translation>
    </message>
    <message>
        <source>Every status</source>
        <translation>Barcha holatlar</translation>
    </message>
    <message>
        <source>Search teacher…</source>
        <translation>Oʻqituvchini qidirish…</translation>
    </message>
    <message>
        <source>Plan a visit…</source>
        <translation>Rejalashtirish…</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Oʻzgartirish…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Oʻchirish</translation>
    </message>
    <message>
        <source>Generate plan…</source>
        <translation>Reja tuzish…</translation>
    </message>
    <message>
        <source>Observe this visit</source>
        <translation>Tashrifni oʻtkazish</translation>
    </message>
    <message>
        <source>A new observation for the chosen planned visit</source>
        <translation>Rejadagi tanlangan tashrif uchun yangi kuzatuv</translation>
    </message>
    <message>
        <source>Export .xlsx…</source>
        <translation>.xlsx ga eksport…</translation>
    </message>
    <message>
        <source>PDF…</source>
        <translation>PDF…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Chop etish…</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Kun</translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation>Oʻqituvchi</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Metodbirlashma</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Maqsad</translation>
    </message>
    <message>
        <source>Observer</source>
        <translation>Kuzatuvchi</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Holati</translation>
    </message>
    <message>
        <source>Observed on</source>
        <translation>Kuzatilgan sana</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Izoh</translation>
    </message>
    <message>
        <source>No visits are planned for this period — use Generate plan… or Plan a visit…</source>
        <translation>Bu davr uchun tashriflar rejalashtirilmagan — “Reja tuzish…” yoki “Rejalashtirish…”ni bosing</translation>
    </message>
    <message>
        <source>Whole year</source>
        <translation>Butun yil</translation>
    </message>
    <message>
        <source>{status} (as {purpose})</source>
        <translation>{status} («{purpose}» sifatida)</translation>
    </message>
    <message>
        <source>Planned as {planned}, observed as {observed}: the visit took place, so it counts as done.</source>
        <translation>«{planned}» sifatida rejalashtirilgan, «{observed}» sifatida oʻtkazilgan: kuzatuv boʻlib oʻtdi, shuning uchun hisoblandi.</translation>
    </message>
    <message>
        <source>Someone else saved this planned visit</source>
        <translation>Bu rejadagi tashrifni boshqa kishi saqladi</translation>
    </message>
    <message>
        <source>Visit plan</source>
        <translation>Tashriflar rejasi</translation>
    </message>
    <message>
        <source>Delete planned visits</source>
        <translation>Rejadagi tashriflarni oʻchirish</translation>
    </message>
    <message>
        <source>Delete {count} planned visits from the plan?</source>
        <translation>Rejadan tashriflar oʻchirilsinmi ({count})?</translation>
    </message>
    <message>
        <source>Someone else changed these planned visits</source>
        <translation>Bu rejalashtirilgan tashriflarni boshqa kishi oʻzgartirdi</translation>
    </message>
    <message>
        <source>{count} visits added to the plan.</source>
        <translation>Rejaga qoʻshilgan tashriflar: {count}.</translation>
    </message>
</context>
<context>
    <name>Voices</name>
    <message>
        <source>Parents</source>
        <translation>Ota-onalar</translation>
    </message>
    <message>
        <source>Pupils</source>
        <translation>Oʻquvchilar</translation>
    </message>
    <message>
        <source>Teachers</source>
        <translation>Oʻqituvchilar</translation>
    </message>
    <message>
        <source>Employers</source>
        <translation>Ish beruvchilar</translation>
    </message>
    <message>
        <source>Teaching and learning</source>
        <translation>Taʼlim va oʻqitish</translation>
    </message>
    <message>
        <source>Climate and safety</source>
        <translation>Muhit va xavfsizlik</translation>
    </message>
    <message>
        <source>Conditions and resources</source>
        <translation>Sharoit va resurslar</translation>
    </message>
    <message>
        <source>Communication with families</source>
        <translation>Oila bilan aloqa</translation>
    </message>
    <message>
        <source>Readiness for study and work</source>
        <translation>Oʻqish va ishga tayyorlik</translation>
    </message>
    <message>
        <source>Counts per statement (how many chose 1…5)</source>
        <translation>Fikrlar boʻyicha sonlar (nechta kishi 1…5 ni tanlagan)</translation>
    </message>
    <message>
        <source>One row per questionnaire</source>
        <translation>Bitta qator — bitta anketa</translation>
    </message>
    <message>
        <source>Grade 10 at school</source>
        <translation>Maktabda 10-sinf</translation>
    </message>
    <message>
        <source>Academic lyceum</source>
        <translation>Akademik litsey</translation>
    </message>
    <message>
        <source>College / technikum</source>
        <translation>Kollej / texnikum</translation>
    </message>
    <message>
        <source>University</source>
        <translation>Oliy taʼlim muassasasi</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Ish</translation>
    </message>
    <message>
        <source>Dual education with a partner</source>
        <translation>Hamkor bilan dual taʼlim</translation>
    </message>
    <message>
        <source>Internship with a partner</source>
        <translation>Hamkor tashkilotda amaliyot</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Boshqa</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Nomaʼlum</translation>
    </message>
    <message>
        <source>dual education</source>
        <translation>dual taʼlim</translation>
    </message>
    <message>
        <source>internship</source>
        <translation>amaliyot</translation>
    </message>
    <message>
        <source>work</source>
        <translation>ish</translation>
    </message>
</context>
<context>
    <name>VoicesMenus</name>
    <message>
        <source>School profile…</source>
        <translation>Maktab profili…</translation>
    </message>
    <message>
        <source>The school's figures, voices and graduates on one page, printable</source>
        <translation>Maktab raqamlari, fikrlar va bitiruvchilar bir sahifada, chop etish uchun</translation>
    </message>
    <message>
        <source>Choose a school first</source>
        <translation>Avval maktabni tanlang</translation>
    </message>
    <message>
        <source>Survey imported: {file}</source>
        <translation>Soʻrovnoma import qilindi: {file}</translation>
    </message>
    <message>
        <source>Template saved to {path}</source>
        <translation>Shablon saqlandi: {path}</translation>
    </message>
    <message>
        <source>Graduates of grade {grade}, {year} saved</source>
        <translation>{grade}-sinf bitiruvchilari, {year}: saqlandi</translation>
    </message>
    <message>
        <source>Graduates imported: {file}</source>
        <translation>Bitiruvchilar import qilindi: {file}</translation>
    </message>
    <message>
        <source>Questionnaire saved to {path}</source>
        <translation>Soʻrovnoma saqlandi: {path}</translation>
    </message>
    <message>
        <source>Surveys</source>
        <translation>Soʻrovnomalar</translation>
    </message>
    <message>
        <source>Import survey…</source>
        <translation>Soʻrovnomani import qilish…</translation>
    </message>
    <message>
        <source>Blank survey template…</source>
        <translation>Boʻsh soʻrovnoma shabloni…</translation>
    </message>
    <message>
        <source>Print a questionnaire…</source>
        <translation>Soʻrovnomani chop etish…</translation>
    </message>
    <message>
        <source>Questionnaires…</source>
        <translation>Soʻrovnomalar…</translation>
    </message>
    <message>
        <source>Where the graduates went…</source>
        <translation>Bitiruvchilar qayerga ketdi…</translation>
    </message>
    <message>
        <source>Import graduates…</source>
        <translation>Bitiruvchilarni import qilish…</translation>
    </message>
</context>
<context>
    <name>VoicesPanel</name>
    <message>
        <source>Voices: how parents, pupils, teachers and employers see the school</source>
        <translation>Ovozlar: ota-onalar, oʻquvchilar, oʻqituvchilar va ish beruvchilar maktabni qanday koʻradi</translation>
    </message>
    <message>
        <source>No survey yet — print a questionnaire, type the answers into the template and import it.</source>
        <translation>Hali soʻrovnoma yoʻq — anketani chop eting, javoblarni shablonga yozing va import qiling.</translation>
    </message>
    <message>
        <source>Import survey…</source>
        <translation>Soʻrovnomani import qilish…</translation>
    </message>
    <message>
        <source>Blank survey template…</source>
        <translation>Boʻsh soʻrovnoma shabloni…</translation>
    </message>
    <message>
        <source>Schools side by side (share agreeing, all statements)</source>
        <translation>Maktablar yonma-yon (qoʻshilganlar ulushi, barcha fikrlar)</translation>
    </message>
    <message>
        <source>Share of answers 4 or 5 on the scale 1–5, from the latest survey of each group; shown from {minimum} respondents.</source>
        <translation>1–5 shkalasida 4 yoki 5 javoblar ulushi, har bir guruhning soʻnggi soʻrovnomasidan; kamida {minimum} kishi javob berganda koʻrsatiladi.</translation>
    </message>
    <message>
        <source>Not asked of this group.</source>
        <translation>Bu guruhdan bu haqda soʻralmagan.</translation>
    </message>
    <message>
        <source>Only {count} answered: shown from {minimum}.</source>
        <translation>Faqat {count} kishi javob bergan: {minimum} tadan boshlab koʻrsatiladi.</translation>
    </message>
    <message>
        <source>(low)</source>
        <translation>(past)</translation>
    </message>
    <message>
        <source>Mean {mean} of 5; {answers} answers from {respondents} respondents.</source>
        <translation>Oʻrtacha 5 dan {mean}; {respondents} respondentdan {answers} ta javob.</translation>
    </message>
    <message>
        <source>{change} points since {year}, quarter {term}.</source>
        <translation>{year}, {term}-chorakka nisbatan {change} punkt.</translation>
    </message>
    <message>
        <source>{respondents} respondents; survey of {year}, quarter {term}.</source>
        <translation>{respondents} respondent; soʻrovnoma: {year}, {term}-chorak.</translation>
    </message>
    <message>
        <source>All statements</source>
        <translation>Barcha fikrlar</translation>
    </message>
    <message>
        <source>Change since the survey before</source>
        <translation>Oldingi soʻrovnomadan beri oʻzgarish</translation>
    </message>
    <message>
        <source>points</source>
        <translation>punkt</translation>
    </message>
    <message>
        <source>No survey of this group before.</source>
        <translation>Bu guruh avval soʻralmagan.</translation>
    </message>
    <message>
        <source>Parents and pupils see no dimension very differently from teachers.</source>
        <translation>Ota-onalar va oʻquvchilar hech bir yoʻnalishda oʻqituvchilardan keskin farq qilmaydi.</translation>
    </message>
    <message>
        <source>{dimension}: {group} {share} agree, teachers {other} — {points} points apart.</source>
        <translation>{dimension}: {group} — {share} qoʻshiladi, oʻqituvchilar — {other}; farq {points} punkt.</translation>
    </message>
    <message>
        <source>Where they disagree with teachers:</source>
        <translation>Oʻqituvchilar bilan qayerda farq qiladi:</translation>
    </message>
</context>
</TS>
