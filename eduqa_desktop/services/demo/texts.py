"""Fixed wording for the demo school: places, departments, observation texts, activity notes.

Everything here is data, in Uzbek (Russian and English only where the lesson is), and fictional.
People's names are in names.py.
"""

from __future__ import annotations

# --- schools -------------------------------------------------------------------------------

# (district, region): ten demo schools per district, in this order.
DISTRICTS: tuple[tuple[str, str], ...] = (
    ("Chilonzor tumani", "Toshkent shahri"),
    ("Yunusobod tumani", "Toshkent shahri"),
    ("Mirzo Ulugʻbek tumani", "Toshkent shahri"),
    ("Samarqand shahri", "Samarqand viloyati"),
    ("Urgut tumani", "Samarqand viloyati"),
    ("Fargʻona shahri", "Fargʻona viloyati"),
    ("Qoʻqon shahri", "Fargʻona viloyati"),
    ("Buxoro shahri", "Buxoro viloyati"),
    ("Namangan shahri", "Namangan viloyati"),
    ("Andijon shahri", "Andijon viloyati"),
)

DEPARTMENTS: dict[str, str] = {
    "exact": "Aniq fanlar",
    "natural": "Tabiiy fanlar",
    "mother_tongue": "Ona tili va adabiyot",
    "languages": "Xorijiy tillar",
    "social": "Ijtimoiy fanlar",
    "primary": "Boshlangʻich taʼlim",
    "pe_arts": "Jismoniy tarbiya va sanʼat",
}

# --- observation texts -------------------------------------------------------------------

STRENGTHS: tuple[str, ...] = (
    "Dars maqsadi aniq qoʻyilgan va oʻquvchilarga tushuntirilgan.",
    "Interfaol usullardan (klaster, aqliy hujum) samarali foydalanildi.",
    "Oʻquvchilar guruhlarda faol ishladi.",
    "Vaqt toʻgʻri taqsimlangan, dars bosqichlari izchil.",
    "Mavzu hayotiy misollar bilan bogʻlangan.",
    "Oʻqituvchi deyarli barcha oʻquvchilarni darsga jalb qildi.",
    "Baholash mezonlari oʻquvchilarga oldindan aytildi.",
    "Tarqatma materiallar puxta tayyorlangan.",
    "AKT vositalaridan (taqdimot, video) oʻrinli foydalanildi.",
    "Sinfda ijobiy, xotirjam muhit yaratilgan.",
)

RECOMMENDATIONS: tuple[str, ...] = (
    "Differensial topshiriqlardan koʻproq foydalanish tavsiya etiladi.",
    "Dars yakunida refleksiya uchun vaqt ajratish kerak.",
    "Uy vazifasini tushuntirishga koʻproq eʼtibor berish lozim.",
    "Sust oʻzlashtiruvchi oʻquvchilar bilan alohida ishlash kerak.",
    "Oʻquvchilarning oʻzaro baholashini yoʻlga qoʻyish tavsiya etiladi.",
    "Dars vaqtini rejalashtirishni yaxshilash zarur.",
    "Savollarni tahlil va baholash darajasiga koʻtarish kerak.",
    "Amaliy topshiriqlar ulushini oshirish tavsiya etiladi.",
)

NEXT_STEPS: tuple[str, ...] = (
    "Ilgʻor oʻqituvchining darsiga kirish va tahlil qilish.",
    "Differensial topshiriqlar bilan dars ishlanmasini tayyorlash.",
    "Metodbirlashma yigʻilishida tajriba almashish.",
    "Takroriy kuzatuv: refleksiya bosqichini tekshirish.",
    "Baholash mezonlarini (rubrika) tayyorlab, oʻquvchilarga tanishtirish.",
    "Murabbiy bilan birga ikkita darsni rejalashtirish.",
    "Sust oʻzlashtiruvchilar uchun qoʻshimcha mashgʻulotlar jadvalini tuzish.",
)

CRITERION_COMMENTS: tuple[str, ...] = (
    "Namunali.",
    "Vaqt yetmadi.",
    "Faqat bir nechta oʻquvchi jalb qilindi.",
    "Qisman bajarildi.",
    "Takomillashtirish kerak.",
    "Mezonlar aytilmadi.",
    "Oʻquvchilar faol qatnashdi.",
    "Doskadagi yozuvlar tartibsiz.",
)

TOPICS: dict[str, tuple[str, ...]] = {
    "native_language": ("Ot soʻz turkumi", "Feʼl zamonlari", "Qoʻshma gaplar",
                        "Imlo qoidalari"),
    "literature": ("Alisher Navoiy gʻazallari", "Abdulla Qodiriy. «Oʻtgan kunlar»",
                   "Choʻlpon sheʼriyati"),
    "russian": ("Падежи имён существительных", "Глаголы движения", "Описание картины"),
    "english": ("Present Perfect", "My family", "Travelling", "Daily routine"),
    "mathematics": ("Kasrlarni qoʻshish", "Koʻpaytirish jadvali", "Foizlar",
                    "Tenglamalar"),
    "algebra": ("Kvadrat tenglamalar", "Funksiya grafigi", "Tengsizliklar sistemasi",
                "Logarifmlar"),
    "geometry": ("Uchburchaklar oʻxshashligi", "Pifagor teoremasi", "Aylana va doira",
                 "Koʻpyoqlar"),
    "natural_science": ("Oʻsimliklar hayoti", "Suvning xossalari", "Yil fasllari"),
    "physics": ("Nyuton qonunlari", "Elektr toki", "Yorugʻlikning sinishi", "Bosim"),
    "chemistry": ("Davriy jadval", "Kislotalar va asoslar", "Oksidlanish-qaytarilish reaksiyalari"),
    "biology": ("Hujayra tuzilishi", "Fotosintez", "Irsiyat qonunlari", "Inson skeleti"),
    "geography": ("Oʻzbekiston relyefi", "Iqlim mintaqalari", "Dunyo aholisi"),
    "history_uzbekistan": ("Amir Temur davlati", "Qoʻqon xonligi", "Mustaqillik yillari"),
    "world_history": ("Qadimgi Misr", "Buyuk geografik kashfiyotlar", "Ikkinchi jahon urushi"),
    "informatics": ("Algoritm tushunchasi", "Elektron jadvallar", "Python: sikllar"),
    "upbringing": ("Odob-axloq", "Vatanga muhabbat", "Oila qadriyatlari"),
    "technology": ("Gazlamaga ishlov berish", "Yogʻochga ishlov berish"),
    "physical_education": ("Yengil atletika: yugurish", "Voleybol", "Gimnastika"),
    "music": ("Milliy cholgʻu asboblari", "Qoʻshiq kuylash"),
    "fine_art": ("Natyurmort chizish", "Manzara"),
    "technical_drawing": ("Proyeksiyalar", "Aksonometriya"),
    "law": ("Konstitutsiya asoslari", "Inson huquqlari"),
    "economics": ("Talab va taklif", "Oila byudjeti"),
    "pre_conscription": ("Saf tayyorgarligi", "Birinchi tibbiy yordam"),
}  # fmt: skip
GENERIC_TOPICS: tuple[str, ...] = ("Takrorlash darsi", "Nazorat ishi tahlili", "Yangi mavzu")

# --- activity notes ----------------------------------------------------------------------

ACTIVITY_NOTES: dict[str, tuple[str, ...]] = {
    "pd_course": ("Hududiy pedagogik malaka oshirish markazi", "Masofaviy malaka oshirish kursi"),
    "open_lesson": ("Metodbirlashma aʼzolari uchun ochiq dars", "Tuman seminari doirasida"),
    "peer_visit": ("Hamkasbining darsini kuzatish va tahlil qilish",),
    "mentoring": ("Yosh oʻqituvchi bilan dars rejasini tuzish", "Ustoz-shogird suhbati"),
    "methodological_talk": ("Metodbirlashmada maʼruza: interfaol usullar",
                            "Tuman seminarida chiqish"),
    "publication": ("Tuman metodik toʻplamida maqola", "Tarqatma materiallar toʻplami"),
    "olympiad_result": ("Fan olimpiadasi", "«Bilimlar bellashuvi» tanlovi"),
    "project_led": ("«Yashil maktab» loyihasi", "Mahalla tarixi loyihasi"),
    "practice_employer": ("Korxonaga ekskursiya va amaliyot", "Kasb-hunar markazi bilan hamkorlik"),
    "club": ("Fan toʻgaragi", "Sport seksiyasi"),
    "parents_meeting": ("Sinf ota-onalar yigʻilishi",),
    "innovative_method": ("Teskari sinf usuli", "Masofaviy dars", "Keys-stadi usuli"),
}  # fmt: skip
