<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About EduQA Desktop</source>
        <translation>О программе EduQA Desktop</translation>
    </message>
    <message>
        <source>Quality of education for schools: lesson observations, teachers' work, pupils' results and reports — offline.</source>
        <translation>Качество образования для школ: наблюдение уроков, работа учителей, результаты учащихся и отчёты — без интернета.</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Версия:</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>База данных:</translation>
    </message>
    <message>
        <source>Schema version:</source>
        <translation>Версия схемы:</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>Папка данных:</translation>
    </message>
</context>
<context>
    <name>AccountEditor</name>
    <message>
        <source>Change the account</source>
        <translation>Изменить учётную запись</translation>
    </message>
    <message>
        <source>New account</source>
        <translation>Новая учётная запись</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <source>The same password again</source>
        <translation>Тот же пароль ещё раз</translation>
    </message>
    <message>
        <source>Active (may log in)</source>
        <translation>Действует (может входить)</translation>
    </message>
    <message>
        <source>Login name:</source>
        <translation>Имя для входа:</translation>
    </message>
    <message>
        <source>Name shown:</source>
        <translation>Отображаемое имя:</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Роль:</translation>
    </message>
    <message>
        <source>School:</source>
        <translation>Школа:</translation>
    </message>
    <message>
        <source>Schools:</source>
        <translation>Школы:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Пароль:</translation>
    </message>
    <message>
        <source>Again:</source>
        <translation>Ещё раз:</translation>
    </message>
    <message>
        <source>Write a login name.</source>
        <translation>Укажите имя для входа.</translation>
    </message>
    <message>
        <source>Choose the school of this account.</source>
        <translation>Выберите школу этой учётной записи.</translation>
    </message>
    <message>
        <source>Tick the schools this methodologist or inspector works with.</source>
        <translation>Отметьте школы, с которыми работает этот методист или инспектор.</translation>
    </message>
    <message>
        <source>A password needs at least {count} characters.</source>
        <translation>Пароль должен содержать не менее {count} символов.</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>Пароли не совпадают.</translation>
    </message>
</context>
<context>
    <name>AccountMenus</name>
    <message>
        <source>administrator</source>
        <translation>администратор</translation>
    </message>
    <message>
        <source>methodologist / inspector</source>
        <translation>методист / инспектор</translation>
    </message>
    <message>
        <source>school</source>
        <translation>школа</translation>
    </message>
    <message>
        <source>viewer</source>
        <translation>только просмотр</translation>
    </message>
    <message>
        <source>Accounts…</source>
        <translation>Учётные записи…</translation>
    </message>
    <message>
        <source>Log out / switch user…</source>
        <translation>Выйти / сменить пользователя…</translation>
    </message>
    <message>
        <source>Logged in: {name} ({role})</source>
        <translation>Вход выполнен: {name} ({role})</translation>
    </message>
</context>
<context>
    <name>AccountsDialog</name>
    <message>
        <source>Accounts</source>
        <translation>Учётные записи</translation>
    </message>
    <message>
        <source>No accounts yet: anyone who opens this database may do everything. Add the first administrator, and from then on everyone logs in with their own name and password.</source>
        <translation>Учётных записей пока нет: любой, кто откроет эту базу, может делать всё. Добавьте первого администратора — после этого каждый входит под своим именем и паролем.</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Имя для входа</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Schools</source>
        <translation>Школы</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Добавить…</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <source>New password…</source>
        <translation>Новый пароль…</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>Отключить</translation>
    </message>
    <message>
        <source>Add the administrator…</source>
        <translation>Добавить администратора…</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>отключена</translation>
    </message>
    <message>
        <source>locked (too many wrong passwords)</source>
        <translation>заблокирована (слишком много неверных паролей)</translation>
    </message>
    <message>
        <source>active</source>
        <translation>действует</translation>
    </message>
    <message>
        <source>Enable</source>
        <translation>Включить</translation>
    </message>
</context>
<context>
    <name>ActivitiesView</name>
    <message>
        <source>place {place}</source>
        <translation>{place}-е место</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation>Учитель</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Деятельность</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Количество</translation>
    </message>
    <message>
        <source>Level and place</source>
        <translation>Уровень и место</translation>
    </message>
    <message>
        <source>Mechanisms</source>
        <translation>Механизмы</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <source>All teachers</source>
        <translation>Все учителя</translation>
    </message>
    <message>
        <source>Mechanism</source>
        <translation>Механизм</translation>
    </message>
    <message>
        <source>All mechanisms</source>
        <translation>Все механизмы</translation>
    </message>
    <message>
        <source>From</source>
        <translation>С</translation>
    </message>
    <message>
        <source>To</source>
        <translation>По</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Сбросить</translation>
    </message>
    <message>
        <source>to</source>
        <translation>по</translation>
    </message>
    <message>
        <source>Add activity…</source>
        <translation>Добавить деятельность…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Catalogue of activities…</source>
        <translation>Справочник видов…</translation>
    </message>
    <message>
        <source>All activities</source>
        <translation>Все виды деятельности</translation>
    </message>
    <message>
        <source>No activity fits these filters — change them or press Clear.</source>
        <translation>Под фильтры ничего не подходит — измените их или нажмите «Сбросить».</translation>
    </message>
    <message>
        <source>No activities recorded yet — press “Add activity…” to record one.</source>
        <translation>Записей о деятельности пока нет — нажмите «Добавить деятельность…».</translation>
    </message>
    <message>
        <source>{count} activities</source>
        <translation>Записей: {count}</translation>
    </message>
    <message>
        <source>Delete “{activity}” of {teacher} on {date}?</source>
        <translation>Удалить запись «{activity}» ({teacher}, {date})?</translation>
    </message>
    <message>
        <source>Delete activity</source>
        <translation>Удаление записи</translation>
    </message>
</context>
<context>
    <name>ActivityDialog</name>
    <message>
        <source>Add activity</source>
        <translation>Новая запись о деятельности</translation>
    </message>
    <message>
        <source>Edit activity</source>
        <translation>Запись о деятельности</translation>
    </message>
    <message>
        <source>Type a name…</source>
        <translation>Введите имя…</translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation>Учитель</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Деятельность</translation>
    </message>
    <message>
        <source>Choose an activity</source>
        <translation>Выберите вид деятельности</translation>
    </message>
    <message>
        <source>Teacher *</source>
        <translation>Учитель *</translation>
    </message>
    <message>
        <source>Activity *</source>
        <translation>Деятельность *</translation>
    </message>
    <message>
        <source>Date *</source>
        <translation>Дата *</translation>
    </message>
    <message>
        <source>Quantity *</source>
        <translation>Количество *</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Уровень</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Место</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <source>* required</source>
        <translation>* обязательно</translation>
    </message>
    <message>
        <source>Choose the teacher from the list.</source>
        <translation>Выберите учителя из списка.</translation>
    </message>
    <message>
        <source>Choose what the teacher did.</source>
        <translation>Выберите, что сделал учитель.</translation>
    </message>
    <message>
        <source>The quantity must be more than 0.</source>
        <translation>Количество должно быть больше 0.</translation>
    </message>
</context>
<context>
    <name>ActivityTypeForm</name>
    <message>
        <source>Activity type</source>
        <translation>Вид деятельности</translation>
    </message>
    <message>
        <source>A professional-development course (counted in hours)</source>
        <translation>Курсы повышения квалификации (считаются в часах)</translation>
    </message>
    <message>
        <source>Name in Uzbek *</source>
        <translation>Название на узбекском *</translation>
    </message>
    <message>
        <source>Name in Russian</source>
        <translation>Название на русском</translation>
    </message>
    <message>
        <source>Name in English</source>
        <translation>Название на английском</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Единица</translation>
    </message>
    <message>
        <source>Mechanisms</source>
        <translation>Механизмы</translation>
    </message>
    <message>
        <source>Give the type a name in Uzbek.</source>
        <translation>Дайте виду название на узбекском.</translation>
    </message>
    <message>
        <source>A course is counted in hours: choose the unit “hours”.</source>
        <translation>Курсы считаются в часах: выберите единицу «ч».</translation>
    </message>
</context>
<context>
    <name>ActivityTypesDialog</name>
    <message>
        <source>Catalogue of activities</source>
        <translation>Справочник видов деятельности</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Деятельность</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Единица</translation>
    </message>
    <message>
        <source>Mechanisms</source>
        <translation>Механизмы</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Записей</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>в архиве</translation>
    </message>
    <message>
        <source>Add type…</source>
        <translation>Добавить вид…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>В архив</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Вернуть</translation>
    </message>
    <message>
        <source>Delete “{name}” from the catalogue?</source>
        <translation>Удалить «{name}» из справочника?</translation>
    </message>
</context>
<context>
    <name>AttentionView</name>
    <message>
        <source>Rank</source>
        <translation>Место</translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation>Учитель</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Методобъединение</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Балл</translation>
    </message>
    <message>
        <source>The sum of the signals' severities</source>
        <translation>Сумма весов сигналов</translation>
    </message>
    <message>
        <source>Strongest reasons</source>
        <translation>Главные причины</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Требуют внимания</translation>
    </message>
    <message>
        <source>Subjects behind</source>
        <translation>Отстающие предметы</translation>
    </message>
    <message>
        <source>Observers with low agreement</source>
        <translation>Наблюдатели с низким согласием</translation>
    </message>
    <message>
        <source>No school chosen.</source>
        <translation>Школа не выбрана.</translation>
    </message>
    <message>
        <source>{shown} of {staff} teachers need attention</source>
        <translation>Требуют внимания: {shown} из {staff} учителей</translation>
    </message>
    <message>
        <source>results of the {quarter}</source>
        <translation>итоги: {quarter}</translation>
    </message>
    <message>
        <source>Ranked by their signals: results against peers, declines, lessons, follow-ups, the plan, courses and new teachers. At most {share} of the staff; {ranked} teachers have some signal. Click a teacher to open the profile.</source>
        <translation>По сигналам: результаты против параллели, снижение, уроки, повторные посещения, план, курсы и молодые учителя. Не больше {share} коллектива; сигналы есть у {ranked} учителей. Щёлкните учителя, чтобы открыть профиль.</translation>
    </message>
    <message>
        <source>No teacher has signals strong enough for the list in this quarter.</source>
        <translation>В этой четверти ни у одного учителя нет сигналов, достаточных для списка.</translation>
    </message>
    <message>
        <source>Subjects behind across the school (every teacher of the subject; no teacher is ranked for it):</source>
        <translation>Предметы, отстающие по всей школе (все учителя предмета; ни один учитель не ранжируется за это):</translation>
    </message>
    <message>
        <source>Observers whose agreement with colleagues stays low this year (weighted κ below {kappa} with most colleagues; Observations ▸ Calibration):</source>
        <translation>Наблюдатели, чьё согласие с коллегами в этом году остаётся низким (взвешенная κ ниже {kappa} с большинством коллег; Наблюдения ▸ Калибровка):</translation>
    </message>
    <message>
        <source>{observer}: κ {kappa} over {lessons} co-observed lessons</source>
        <translation>{observer}: κ {kappa}, уроков, посещённых вместе: {lessons}</translation>
    </message>
</context>
<context>
    <name>BackgroundTask</name>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>CalibrationDialog</name>
    <message>
        <source>Lessons</source>
        <translation>Уроки</translation>
    </message>
    <message>
        <source>Pairs of levels</source>
        <translation>Пары оценок</translation>
    </message>
    <message>
        <source>Same level</source>
        <translation>Совпадение</translation>
    </message>
    <message>
        <source>Within one level</source>
        <translation>±1 уровень</translation>
    </message>
    <message>
        <source>Weighted κ</source>
        <translation>Взвешенная κ</translation>
    </message>
    <message>
        <source>Calibration of observers</source>
        <translation>Калибровка наблюдателей</translation>
    </message>
    <message>
        <source>Academic year</source>
        <translation>Учебный год</translation>
    </message>
    <message>
        <source>Observer</source>
        <translation>Наблюдатель</translation>
    </message>
    <message>
        <source>Against colleagues</source>
        <translation>Разница с коллегами</translation>
    </message>
    <message>
        <source>Levels above (+) or below (−) the colleagues' on the same lessons, on average</source>
        <translation>В среднем выше (+) или ниже (−) оценок коллег на тех же уроках</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Согласие</translation>
    </message>
    <message>
        <source>Colleague</source>
        <translation>Коллега</translation>
    </message>
    <message>
        <source>Against the colleague</source>
        <translation>Разница с коллегой</translation>
    </message>
    <message>
        <source>Agreement with each colleague</source>
        <translation>Согласие с каждым коллегой</translation>
    </message>
    <message>
        <source>Criteria scored higher or lower</source>
        <translation>Критерии, оценённые выше или ниже</translation>
    </message>
    <message>
        <source>Observers</source>
        <translation>Наблюдатели</translation>
    </message>
    <message>
        <source>Calibration sessions</source>
        <translation>Калибровочные занятия</translation>
    </message>
    <message>
        <source>No co-observed lessons in this year yet — choose an observation in the list and press Co-observe, or start a calibration session.</source>
        <translation>В этом году ещё нет уроков, посещённых вместе, — выберите наблюдение в списке и нажмите «Совместное наблюдение» или начните калибровочное занятие.</translation>
    </message>
    <message>
        <source>New calibration session…</source>
        <translation>Новое калибровочное занятие…</translation>
    </message>
    <message>
        <source>Low agreement</source>
        <translation>Низкое согласие</translation>
    </message>
    <message>
        <source>Meets the standard</source>
        <translation>Соответствует стандарту</translation>
    </message>
    <message>
        <source>Higher</source>
        <translation>Выше</translation>
    </message>
    <message>
        <source>Lower</source>
        <translation>Ниже</translation>
    </message>
    <message>
        <source>Alike</source>
        <translation>Одинаково</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Критерий</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation>Оценивает</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Lesson watched</source>
        <translation>Просмотренный урок</translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation>Учитель</translation>
    </message>
    <message>
        <source>{observers} observers on {lessons} co-observed lessons. Weighted κ (linear weights): {standard} or more is the usual standard for a trained observer; below {low} with most colleagues agreement is low (a setting). Low agreement: {names}.</source>
        <translation>Наблюдателей: {observers}, уроков, посещённых вместе: {lessons}. Взвешенная κ (линейные веса): {standard} и выше — обычный стандарт для подготовленного наблюдателя; ниже {low} с большинством коллег — согласие низкое (настройка). Низкое согласие: {names}.</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>New calibration session</source>
        <translation>Новое калибровочное занятие</translation>
    </message>
    <message>
        <source>Which lesson do the observers watch together? (for example: video of a grade 7 algebra lesson). Each observer then scores it and uses Co-observe.</source>
        <translation>Какой урок наблюдатели смотрят вместе? (например: видеозапись урока алгебры в 7 классе). Затем каждый наблюдатель оценивает его через «Совместное наблюдение».</translation>
    </message>
</context>
<context>
    <name>ChartPanel</name>
    <message>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <source>Back to the whole chart</source>
        <translation>Вернуться к полной диаграмме</translation>
    </message>
    <message>
        <source>Save this chart as a PNG picture</source>
        <translation>Сохранить диаграмму как рисунок PNG</translation>
    </message>
    <message>
        <source>Copy the chart's data as a table</source>
        <translation>Скопировать данные диаграммы таблицей</translation>
    </message>
    <message>
        <source>Save the chart as a picture</source>
        <translation>Сохранить диаграмму как рисунок</translation>
    </message>
    <message>
        <source>PNG picture (*.png)</source>
        <translation>Рисунок PNG (*.png)</translation>
    </message>
    <message>
        <source>The picture could not be written to {path}. Choose another folder.</source>
        <translation>Не удалось записать рисунок в {path}. Выберите другую папку.</translation>
    </message>
</context>
<context>
    <name>ChecklistEditor</name>
    <message>
        <source>Checklists</source>
        <translation>Чек-листы</translation>
    </message>
    <message>
        <source>Show archived</source>
        <translation>Показать архивные</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Новый</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Копия</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>В архив</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Выше</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Ниже</translation>
    </message>
    <message>
        <source>Import .xlsx…</source>
        <translation>Импорт .xlsx…</translation>
    </message>
    <message>
        <source>Export .xlsx…</source>
        <translation>Экспорт .xlsx…</translation>
    </message>
    <message>
        <source>Export XLSForm…</source>
        <translation>Экспорт в XLSForm…</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>Undo changes</source>
        <translation>Отменить изменения</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>{name} · version {version}</source>
        <translation>{name} · версия {version}</translation>
    </message>
    <message>
        <source>{name} (archived)</source>
        <translation>{name} (в архиве)</translation>
    </message>
    <message>
        <source>{name}
Out of date: {languages}</source>
        <translation>{name}
Устарели: {languages}</translation>
    </message>
    <message>
        <source>Save the changes to this checklist?</source>
        <translation>Сохранить изменения в этом чек-листе?</translation>
    </message>
    <message>
        <source>A new checklist, not saved yet.</source>
        <translation>Новый чек-лист, ещё не сохранён.</translation>
    </message>
    <message>
        <source>Version {version}, used by {count} observations: saving makes version {next}, and those observations keep version {version}.</source>
        <translation>Версия {version}, используется в наблюдениях: {count}. При сохранении появится версия {next}, а эти наблюдения сохранят версию {version}.</translation>
    </message>
    <message>
        <source>Version {version}, not used by any observation yet.</source>
        <translation>Версия {version}, пока не используется в наблюдениях.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Вернуть из архива</translation>
    </message>
    <message>
        <source>Save as a new version</source>
        <translation>Сохранить как новую версию</translation>
    </message>
    <message>
        <source>{count} observations use this checklist. Save the changes as version {next}? Those observations keep version {version}.</source>
        <translation>Этот чек-лист используется в наблюдениях: {count}. Сохранить изменения как версию {next}? Эти наблюдения сохранят версию {version}.</translation>
    </message>
    <message>
        <source>New checklist</source>
        <translation>Новый чек-лист</translation>
    </message>
    <message>
        <source>Section 1</source>
        <translation>Раздел 1</translation>
    </message>
    <message>
        <source>{name} (copy)</source>
        <translation>{name} (копия)</translation>
    </message>
    <message>
        <source>Import a checklist</source>
        <translation>Импорт чек-листа</translation>
    </message>
    <message>
        <source>Export the checklist</source>
        <translation>Экспорт чек-листа</translation>
    </message>
    <message>
        <source>Export the checklist as XLSForm</source>
        <translation>Экспорт чек-листа в XLSForm</translation>
    </message>
</context>
<context>
    <name>ChecklistImport</name>
    <message>
        <source>Reading the file…</source>
        <translation>Чтение файла…</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Импорт…</translation>
    </message>
    <message>
        <source>Imported {file}: checklist version {version}</source>
        <translation>Импортирован {file}: чек-лист, версия {version}</translation>
    </message>
</context>
<context>
    <name>ChecklistImportPreview</name>
    <message>
        <source>Import a checklist — {file}</source>
        <translation>Импорт чек-листа — {file}</translation>
    </message>
    <message>
        <source>Sections and criteria</source>
        <translation>Разделы и критерии</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Лист</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Строка</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Почему</translation>
    </message>
    <message>
        <source>Sections: {n}</source>
        <translation>Разделы: {n}</translation>
    </message>
    <message>
        <source>Not carried over: {n}</source>
        <translation>Не перенесено: {n}</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Импортировать</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>“{name}” will be added as a new checklist.</source>
        <translation>«{name}» будет добавлен как новый чек-лист.</translation>
    </message>
    <message>
        <source>“{name}” will become version {version} of the checklist of that name; observations keep the version they were made with.</source>
        <translation>«{name}» станет версией {version} одноимённого чек-листа; наблюдения сохранят версию, по которой они проведены.</translation>
    </message>
    <message>
        <source>“{name}” is already here, unchanged (version {version}): nothing to import.</source>
        <translation>«{name}» уже есть, без изменений (версия {version}): импортировать нечего.</translation>
    </message>
    <message>
        <source>XLSForm (KoboToolbox, ODK)</source>
        <translation>XLSForm (KoboToolbox, ODK)</translation>
    </message>
    <message>
        <source>checklist workbook</source>
        <translation>файл чек-листа</translation>
    </message>
    <message>
        <source>File: {file} ({kind})</source>
        <translation>Файл: {file} ({kind})</translation>
    </message>
    <message>
        <source>Criteria: {criteria} in {sections} sections</source>
        <translation>Критерии: {criteria} в разделах: {sections}</translation>
    </message>
    <message>
        <source>Scale: {levels}</source>
        <translation>Шкала: {levels}</translation>
    </message>
    <message>
        <source>Languages: {languages}</source>
        <translation>Языки: {languages}</translation>
    </message>
    <message>
        <source>{n} rows of the form are not carried over: see “Not carried over”.</source>
        <translation>Строк формы, не перенесённых в чек-лист: {n} — см. вкладку «Не перенесено».</translation>
    </message>
</context>
<context>
    <name>ChecklistPanel</name>
    <message>
        <source>Checklist</source>
        <translation>Чек-лист</translation>
    </message>
</context>
<context>
    <name>ChecklistSpecEditor</name>
    <message>
        <source>They are up to date</source>
        <translation>Они актуальны</translation>
    </message>
    <message>
        <source>The texts in those languages were checked: remove the mark</source>
        <translation>Тексты на этих языках проверены: снять отметку</translation>
    </message>
    <message>
        <source>Texts in</source>
        <translation>Тексты на языке</translation>
    </message>
    <message>
        <source>Name*</source>
        <translation>Название*</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <source>Time-on-task snapshots</source>
        <translation>Срезы учебного времени</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Нет</translation>
    </message>
    <message>
        <source>10 spread over the lesson (Stallings)</source>
        <translation>10 за урок (Stallings)</translation>
    </message>
    <message>
        <source>3 per 15-minute segment (Teach)</source>
        <translation>3 на каждые 15 минут (Teach)</translation>
    </message>
    <message>
        <source>Sections and criteria</source>
        <translation>Разделы и критерии</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Шкала</translation>
    </message>
    <message>
        <source>{count} spread over the lesson</source>
        <translation>{count} за урок</translation>
    </message>
    <message>
        <source>⚠ Out of date after a change in another language: {languages}</source>
        <translation>⚠ Устарели после изменения на другом языке: {languages}</translation>
    </message>
    <message>
        <source>Section / criterion</source>
        <translation>Раздел / критерий</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Вес</translation>
    </message>
    <message>
        <source>Add section</source>
        <translation>Добавить раздел</translation>
    </message>
    <message>
        <source>Add criterion</source>
        <translation>Добавить критерий</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Переместить выше</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Переместить ниже</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Уровень</translation>
    </message>
    <message>
        <source>What it looks like</source>
        <translation>Как это выглядит</translation>
    </message>
    <message>
        <source>Next step to suggest</source>
        <translation>Что предложить учителю</translation>
    </message>
    <message>
        <source>What to suggest when this criterion scores low, as one concrete action</source>
        <translation>Что предложить, если критерий оценён низко, — одно конкретное действие</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <source>Mechanisms</source>
        <translation>Механизмы</translation>
    </message>
    <message>
        <source>Levels</source>
        <translation>Уровни</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Следующий шаг</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Критерий</translation>
    </message>
    <message>
        <source>Section title</source>
        <translation>Название раздела</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>New password for “{login}”: </source>
        <translation>Новый пароль для «{login}»: </translation>
    </message>
    <message>
        <source>The same password again: </source>
        <translation>Тот же пароль ещё раз: </translation>
    </message>
    <message>
        <source>the two passwords are not the same; nothing changed</source>
        <translation>пароли не совпадают; ничего не изменено</translation>
    </message>
    <message>
        <source>no password for the account “{login}”: type it when asked (in a terminal), or set EDUQA_NEW_PASSWORD for a script</source>
        <translation>нет пароля для учётной записи «{login}»: введите его по запросу (в терминале) или задайте EDUQA_NEW_PASSWORD для сценария</translation>
    </message>
    <message>
        <source>account “{login}” ({role}) added</source>
        <translation>учётная запись «{login}» ({role}) добавлена</translation>
    </message>
    <message>
        <source>account “{login}” changed</source>
        <translation>учётная запись «{login}» изменена</translation>
    </message>
    <message>
        <source>there is no account “{login}”</source>
        <translation>учётной записи «{login}» нет</translation>
    </message>
    <message>
        <source>{file}: {created} to create, {updated} to update, {unchanged} unchanged</source>
        <translation>{file}: создать — {created}, обновить — {updated}, без изменений — {unchanged}</translation>
    </message>
    <message>
        <source>{file}: {created} created, {updated} updated, {unchanged} unchanged</source>
        <translation>{file}: создано — {created}, обновлено — {updated}, без изменений — {unchanged}</translation>
    </message>
    <message>
        <source>“{name}” version {version}: {sections} sections, {criteria} criteria, scale {scale}, languages {languages}</source>
        <translation>«{name}», версия {version}: разделов — {sections}, критериев — {criteria}, шкала {scale}, языки: {languages}</translation>
    </message>
    <message>
        <source>not carried over: {sheet}, row {row}: {what} — {reason}</source>
        <translation>не перенесено: {sheet}, строка {row}: {what} — {reason}</translation>
    </message>
    <message>
        <source>written: {path}</source>
        <translation>записано: {path}</translation>
    </message>
    <message>
        <source>error: {message}</source>
        <translation>ошибка: {message}</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>прервано</translation>
    </message>
    <message>
        <source>{path}: no such database file</source>
        <translation>{path}: такого файла базы данных нет</translation>
    </message>
    <message>
        <source>{path} is not an EduQA database.</source>
        <translation>{path} — не база данных EduQA.</translation>
    </message>
    <message>
        <source>{path} was made by a newer version of EduQA Desktop. Install the newer version to open it.</source>
        <translation>{path} создан более новой версией EduQA Desktop. Установите новую версию, чтобы открыть его.</translation>
    </message>
    <message>
        <source>{path} cannot be read or written: {reason}</source>
        <translation>{path} не удаётся прочитать или записать: {reason}</translation>
    </message>
    <message>
        <source>cannot connect to {path}: {reason}</source>
        <translation>не удаётся подключиться к {path}: {reason}</translation>
    </message>
    <message>
        <source>{path}: the server support is not installed; install it with pip install eduqa-desktop[server]</source>
        <translation>{path}: поддержка сервера не установлена; установите её командой pip install eduqa-desktop[server]</translation>
    </message>
    <message>
        <source>{path} must be upgraded from schema {revision}, and pg_dump is not on PATH to back it up first. Ask the administrator to back up the database, then run the command again.</source>
        <translation>{path} нужно обновить со схемы {revision}, а pg_dump, чтобы сначала сделать резервную копию, не найден в PATH. Попросите администратора сделать резервную копию базы данных, затем запустите команду снова.</translation>
    </message>
    <message>
        <source>{path} must be upgraded from schema {revision}, and no backup can be made ({reason}). Has the administrator backed up the database? Upgrade without a backup? [y/N] </source>
        <translation>{path} нужно обновить со схемы {revision}, а резервную копию сделать нельзя ({reason}). Администратор сделал резервную копию базы данных? Обновить без резервной копии? [y/N] </translation>
    </message>
    <message>
        <source>y,yes</source>
        <translation>y,yes,д,да</translation>
    </message>
    <message>
        <source>{path} has accounts: run the command with --user NAME (the password is asked for, or read from the environment variable EDUQA_PASSWORD).</source>
        <translation>В {path} есть учётные записи: запустите команду с --user ИМЯ (пароль будет запрошен или взят из переменной окружения EDUQA_PASSWORD).</translation>
    </message>
    <message>
        <source>no password for “{login}”: type it when asked (in a terminal), or set EDUQA_PASSWORD for a script.</source>
        <translation>нет пароля для «{login}»: введите его по запросу (в терминале) или задайте EDUQA_PASSWORD для сценария.</translation>
    </message>
    <message>
        <source>Password for “{login}”: </source>
        <translation>Пароль для «{login}»: </translation>
    </message>
    <message>
        <source>conflict (kept the local copy): {what}</source>
        <translation>конфликт (оставлена копия на этом компьютере): {what}</translation>
    </message>
    <message>
        <source>conflict (took the package's copy): {what}</source>
        <translation>конфликт (взята копия из пакета): {what}</translation>
    </message>
    <message>
        <source>deleted, as where the package was made: {what}</source>
        <translation>удалено, как и там, где сделан пакет: {what}</translation>
    </message>
    <message>
        <source>row {row}</source>
        <translation>строка {row}</translation>
    </message>
    <message>
        <source>column {column}</source>
        <translation>столбец {column}</translation>
    </message>
    <message>
        <source>nothing was written</source>
        <translation>ничего не записано</translation>
    </message>
    <message>
        <source>the file's headers: {headers}. Say which is which with --map, e.g. --map "{example}"</source>
        <translation>заголовки файла: {headers}. Укажите, какой столбец какой, через --map, например --map "{example}"</translation>
    </message>
    <message>
        <source>The disk is full: the command could not finish and nothing was saved. Free some space and try again.</source>
        <translation>Диск заполнен: команда не завершилась, ничего не сохранено. Освободите место и повторите.</translation>
    </message>
    <message>
        <source>A file or folder could not be written (read-only or no permission): {path}. Nothing was saved.</source>
        <translation>Не удалось записать файл или папку (только для чтения или нет прав): {path}. Ничего не сохранено.</translation>
    </message>
    <message>
        <source>The database is busy in another program (the app may be open with it). Close it and try again.</source>
        <translation>База данных занята другой программой (возможно, она открыта в приложении). Закройте её и повторите.</translation>
    </message>
    <message>
        <source>The database file is damaged. Run “eduqa check” on it, or restore a backup with “eduqa restore”.</source>
        <translation>Файл базы данных повреждён. Проверьте его командой «eduqa check» или восстановите резервную копию командой «eduqa restore».</translation>
    </message>
    <message>
        <source>The computer ran out of memory: the command could not finish and nothing was saved.</source>
        <translation>Компьютеру не хватило памяти: команда не завершилась, ничего не сохранено.</translation>
    </message>
    <message>
        <source>Something went wrong and the command could not finish; your saved data is safe.</source>
        <translation>Что-то пошло не так, и команда не завершилась; сохранённые данные в целости.</translation>
    </message>
    <message>
        <source>Details are in the log file: {path}</source>
        <translation>Подробности — в файле журнала: {path}</translation>
    </message>
    <message>
        <source>(The log file could not be written either.)</source>
        <translation>(Файл журнала тоже не удалось записать.)</translation>
    </message>
    <message>
        <source>{path} already exists; choose a new file</source>
        <translation>{path} уже существует; выберите новый файл</translation>
    </message>
    <message>
        <source>school {done} of {total}</source>
        <translation>школа {done} из {total}</translation>
    </message>
    <message>
        <source>{path}: schools: {schools}, teachers: {teachers}, observations: {observations}, result rows: {rows}</source>
        <translation>{path}: школ — {schools}, учителей — {teachers}, наблюдений — {observations}, строк итогов — {rows}</translation>
    </message>
    <message>
        <source>{path}: school “{name}” is ready</source>
        <translation>{path}: школа «{name}» готова</translation>
    </message>
    <message>
        <source>{file}: {school}, graduates of {year}</source>
        <translation>{file}: {school}, выпускники {year}</translation>
    </message>
    <message>
        <source>  grade {grade}: {graduates} graduates, {further} to further study, {partner} with partners</source>
        <translation>  {grade} класс: выпускников — {graduates}, продолжили обучение — {further}, у партнёров — {partner}</translation>
    </message>
    <message>
        <source>replaces what was entered for grade {grades}</source>
        <translation>заменяет внесённое для класса {grades}</translation>
    </message>
    <message>
        <source>no graduates entered yet</source>
        <translation>выпускники пока не внесены</translation>
    </message>
    <message>
        <source>graduates of {year}</source>
        <translation>выпускники {year}</translation>
    </message>
    <message>
        <source>no results of quarter {term} in this file</source>
        <translation>в этом файле нет итогов {term}-й четверти</translation>
    </message>
    <message>
        <source>no results in {year} in this file</source>
        <translation>в этом файле нет итогов за {year} учебный год</translation>
    </message>
    <message>
        <source>no results in this file</source>
        <translation>в этом файле нет итогов</translation>
    </message>
    <message>
        <source>“{text}” is not a month; write it like 2026-10</source>
        <translation>«{text}» — не месяц; пишите так: 2026-10</translation>
    </message>
    <message>
        <source>“{text}” is not a UUID</source>
        <translation>«{text}» — не UUID</translation>
    </message>
    <message>
        <source>no observation with the UUID {uuid}</source>
        <translation>нет наблюдения с UUID {uuid}</translation>
    </message>
    <message>
        <source>{school} has no final observation in {month}</source>
        <translation>{school}: нет окончательных наблюдений за {month}</translation>
    </message>
    <message>
        <source>written: {path} (observations: {count})</source>
        <translation>записано: {path} (наблюдений — {count})</translation>
    </message>
    <message>
        <source>{text}: not a teacher id (a UUID such as the profile shows)</source>
        <translation>{text}: это не идентификатор учителя (нужен UUID, как в профиле)</translation>
    </message>
    <message>
        <source>{path}: the report is written as .pdf or .xlsx</source>
        <translation>{path}: отчёт записывается только как .pdf или .xlsx</translation>
    </message>
    <message>
        <source>written: {path} (profile of {name})</source>
        <translation>записано: {path} (профиль: {name})</translation>
    </message>
    <message>
        <source>{path}: backup written to {target}</source>
        <translation>{path}: резервная копия записана в {target}</translation>
    </message>
    <message>
        <source>{path}: restored from {source}; the state before is kept in {backup}</source>
        <translation>{path}: восстановлено из {source}; прежнее состояние сохранено в {backup}</translation>
    </message>
    <message>
        <source>{path}: made from {source}</source>
        <translation>{path}: создано из {source}</translation>
    </message>
    <message>
        <source>  {table}: {now} → {then}</source>
        <translation>  {table}: {now} → {then}</translation>
    </message>
    <message>
        <source>  (the same number of rows in every table)</source>
        <translation>  (во всех таблицах столько же строк)</translation>
    </message>
    <message>
        <source>{made}  {reason}  {file}</source>
        <translation>{made}  {reason}  {file}</translation>
    </message>
    <message>
        <source>{path}: no automatic backups yet</source>
        <translation>{path}: автоматических резервных копий пока нет</translation>
    </message>
    <message>
        <source>{path}: intact (integrity check and foreign keys: ok)</source>
        <translation>{path}: в целости (проверка целостности и внешние ключи: ok)</translation>
    </message>
    <message>
        <source>{path}: damaged — restore a backup with “eduqa restore” (latest good: {backup})</source>
        <translation>{path}: база повреждена — восстановите резервную копию командой «eduqa restore» (последняя исправная: {backup})</translation>
    </message>
    <message>
        <source>{path}: damaged, and no good backup lies beside it; keep a copy and ask for help</source>
        <translation>{path}: база повреждена, а исправной резервной копии рядом нет; сохраните копию файла и обратитесь за помощью</translation>
    </message>
    <message>
        <source>  {problem}</source>
        <translation>  {problem}</translation>
    </message>
    <message>
        <source>{path}: the record is whole: {entries} entries, each holding the one before</source>
        <translation>{path}: журнал изменений цел: записей — {entries}, каждая хранит отпечаток предыдущей</translation>
    </message>
    <message>
        <source>{path}: the record was edited outside the app: the chain breaks at entry {entry} ({why}); entries from there on cannot be trusted</source>
        <translation>{path}: журнал изменён в обход программы: цепочка прерывается на записи {entry} ({why}); записям начиная с неё доверять нельзя</translation>
    </message>
    <message>
        <source>its content was changed</source>
        <translation>изменено её содержимое</translation>
    </message>
    <message>
        <source>the entry before it was removed or changed</source>
        <translation>предыдущая запись удалена или изменена</translation>
    </message>
    <message>
        <source>digest {digest}: entry {entry}, {action} of {entity} {uuid} at {at}</source>
        <translation>отпечаток {digest}: запись {entry}, {action} · {entity} {uuid} · {at}</translation>
    </message>
    <message>
        <source>  the record changed {count} time(s) in the app since (a correction or a deletion)</source>
        <translation>  с тех пор запись менялась в программе {count} раз(а) (исправление или удаление)</translation>
    </message>
    <message>
        <source>digest {digest}: no entry of the record has it — the record was edited or it is another database</source>
        <translation>отпечаток {digest}: ни одна запись журнала его не имеет — журнал изменён, или это другая база данных</translation>
    </message>
    <message>
        <source>warning: {path} lies on a network drive, where SQLite cannot lock it reliably; keep it on this computer's own disk</source>
        <translation>предупреждение: {path} лежит на сетевом диске, где SQLite не может надёжно его блокировать; храните его на собственном диске компьютера</translation>
    </message>
    <message>
        <source>warning: {path} lies on a removable disk; pulled out during a write, it can be damaged</source>
        <translation>предупреждение: {path} лежит на съёмном диске; если извлечь его во время записи, база может повредиться</translation>
    </message>
    <message>
        <source>written: {path} ({teachers} teachers, {results} results rows, {observations} observations, {activities} activities, {plan} plan entries)</source>
        <translation>записано: {path} (учителей: {teachers}, строк результатов: {results}, наблюдений: {observations}, мероприятий: {activities}, записей плана: {plan})</translation>
    </message>
    <message>
        <source>{file} ({school}): {created} created, {updated} updated, {unchanged} unchanged</source>
        <translation>{file} ({school}): создано {created}, обновлено {updated}, без изменений {unchanged}</translation>
    </message>
    <message>
        <source>{file} ({school}): {created} to create, {updated} to update, {unchanged} unchanged</source>
        <translation>{file} ({school}): будет создано {created}, обновлено {updated}, без изменений {unchanged}</translation>
    </message>
    <message>
        <source>{file}: refused, nothing written: {reason}</source>
        <translation>{file}: отклонён, ничего не записано: {reason}</translation>
    </message>
    <message>
        <source>  conflict ({record} {what}): here {here}, in the package {package}</source>
        <translation>  конфликт ({record} {what}): здесь {here}, в пакете {package}</translation>
    </message>
    <message>
        <source>    the package's copy was taken</source>
        <translation>    взята копия из пакета</translation>
    </message>
    <message>
        <source>  {deleted} deleted, as at school</source>
        <translation>  удалено, как и в школе: {deleted}</translation>
    </message>
    <message>
        <source>schools that have not sent their package: {names}</source>
        <translation>школы, не приславшие пакет: {names}</translation>
    </message>
    <message>
        <source>every school has sent its package</source>
        <translation>все школы прислали пакеты</translation>
    </message>
    <message>
        <source>{school}: arrived {received} (made {made}, version {version})</source>
        <translation>{school}: получен {received} (составлен {made}, версия {version})</translation>
    </message>
    <message>
        <source>{school}: missing</source>
        <translation>{school}: не получен</translation>
    </message>
    <message>
        <source>{file}: {group}, {year} quarter {term}: {respondents} respondents, {statements} statements</source>
        <translation>{file}: {group}, {year}, {term}-я четверть: респондентов — {respondents}, утверждений — {statements}</translation>
    </message>
    <message>
        <source>replaces the survey of this group and quarter</source>
        <translation>заменяет опрос этой группы за эту четверть</translation>
    </message>
    <message>
        <source>the same answers are already in the database</source>
        <translation>те же ответы уже есть в базе</translation>
    </message>
    <message>
        <source>fewer than {minimum} respondents: the results stay hidden</source>
        <translation>меньше {minimum} респондентов: результаты не показываются</translation>
    </message>
    <message>
        <source>  {dimension}: {share} agree, mean {mean}</source>
        <translation>  {dimension}: согласны {share}, среднее {mean}</translation>
    </message>
    <message>
        <source>no surveys yet</source>
        <translation>опросов пока нет</translation>
    </message>
    <message>
        <source>{group} ({year} quarter {term}, {respondents} respondents): {share} agree, mean {mean}</source>
        <translation>{group} ({year}, {term}-я четверть, респондентов — {respondents}): согласны {share}, среднее {mean}</translation>
    </message>
    <message>
        <source>written</source>
        <translation>записано</translation>
    </message>
</context>
<context>
    <name>CoObservation</name>
    <message>
        <source>Co-observe</source>
        <translation>Совместное наблюдение</translation>
    </message>
    <message>
        <source>{count} other observations of the same lesson (teacher, class, date and period) are now linked as co-observations. Press Co-observe again to record your own.</source>
        <translation>Других наблюдений того же урока (учитель, класс, дата и урок), теперь связанных как совместные: {count}. Нажмите «Совместное наблюдение» ещё раз, чтобы записать своё.</translation>
    </message>
    <message>
        <source>{name} — low agreement</source>
        <translation>{name} — низкое согласие</translation>
    </message>
    <message>
        <source>Agrees little with colleagues on the same lessons: see Calibration…</source>
        <translation>Мало совпадает с коллегами на тех же уроках: см. «Калибровка…»</translation>
    </message>
</context>
<context>
    <name>ColumnMappingPanel</name>
    <message>
        <source>Use these columns</source>
        <translation>Использовать эти столбцы</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Ф.И.О.</translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation>Учитель</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Класс</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Предмет</translation>
    </message>
    <message>
        <source>Pupils in class</source>
        <translation>Учащихся в классе</translation>
    </message>
    <message>
        <source>Pupils with «5»</source>
        <translation>Учащихся на «5»</translation>
    </message>
    <message>
        <source>Pupils with «4»</source>
        <translation>Учащихся на «4»</translation>
    </message>
    <message>
        <source>Pupils with «3»</source>
        <translation>Учащихся на «3»</translation>
    </message>
    <message>
        <source>Pupils with «2»</source>
        <translation>Учащихся на «2»</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Activity type</source>
        <translation>Вид деятельности</translation>
    </message>
    <message>
        <source>Every column of the file was recognised.</source>
        <translation>Все столбцы файла распознаны.</translation>
    </message>
    <message>
        <source>Some columns of the sheet “{sheet}” were not recognised. Say which of the file's headers holds each of them; the choice is remembered for files with the same headers.</source>
        <translation>Некоторые столбцы листа «{sheet}» не распознаны. Укажите, под каким заголовком файла находится каждый из них; выбор запоминается для файлов с такими же заголовками.</translation>
    </message>
    <message>
        <source>Header for {column}</source>
        <translation>Заголовок для «{column}»</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— выберите —</translation>
    </message>
</context>
<context>
    <name>ConclusionsBox</name>
    <message>
        <source>Conclusions</source>
        <translation>Выводы</translation>
    </message>
    <message>
        <source>What went well</source>
        <translation>Что получилось</translation>
    </message>
    <message>
        <source>What to improve</source>
        <translation>Что улучшить</translation>
    </message>
    <message>
        <source>Agreed with the teacher</source>
        <translation>Согласовано с учителем</translation>
    </message>
    <message>
        <source>Next steps due by</source>
        <translation>Срок следующих шагов</translation>
    </message>
    <message>
        <source>Type day, month, year; Ctrl+A, Delete leaves it empty</source>
        <translation>Введите день, месяц, год; Ctrl+A, Delete — без срока</translation>
    </message>
    <message>
        <source>The teacher has seen this observation</source>
        <translation>Учитель ознакомлен с наблюдением</translation>
    </message>
    <message>
        <source>Strengths</source>
        <translation>Сильные стороны</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>Рекомендации</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>Следующие шаги</translation>
    </message>
    <message>
        <source>Due by</source>
        <translation>Срок</translation>
    </message>
</context>
<context>
    <name>ConflictChoices</name>
    <message>
        <source>Observation</source>
        <translation>Наблюдение</translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation>Учитель</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Класс</translation>
    </message>
    <message>
        <source>Results row</source>
        <translation>Строка результатов</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Мероприятие</translation>
    </message>
    <message>
        <source>Planned visit</source>
        <translation>Плановое посещение</translation>
    </message>
    <message>
        <source>School</source>
        <translation>Школа</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Изменено</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Удалено</translation>
    </message>
    <message>
        <source>Deleted by</source>
        <translation>Кем удалено</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Редакция</translation>
    </message>
    <message>
        <source>Corrections</source>
        <translation>Исправления</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Тема</translation>
    </message>
    <message>
        <source>Strengths</source>
        <translation>Сильные стороны</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>Рекомендации</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>Следующие шаги</translation>
    </message>
    <message>
        <source>Score (%)</source>
        <translation>Балл (%)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Personnel number</source>
        <translation>Табельный номер</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <source>Subjects</source>
        <translation>Предметы</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <source>Pupils</source>
        <translation>Учащихся</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Район</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>День</translation>
    </message>
    <message>
        <source>Observer</source>
        <translation>Наблюдатель</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Количество</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Место</translation>
    </message>
</context>
<context>
    <name>ConflictChoicesPanel</name>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Запись</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <source>On this computer</source>
        <translation>На этом компьютере</translation>
    </message>
    <message>
        <source>In the package</source>
        <translation>В пакете</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Оставить</translation>
    </message>
    <message>
        <source>Keep all ours</source>
        <translation>Везде наше</translation>
    </message>
    <message>
        <source>Take all theirs</source>
        <translation>Везде из пакета</translation>
    </message>
    <message>
        <source>Keep this computer's copy of every record</source>
        <translation>Оставить копию этого компьютера для каждой записи</translation>
    </message>
    <message>
        <source>Take the package's copy wherever it can be</source>
        <translation>Взять копию из пакета везде, где это возможно</translation>
    </message>
    <message>
        <source>Ours (this computer)</source>
        <translation>Наше (этот компьютер)</translation>
    </message>
    <message>
        <source>Theirs (the package)</source>
        <translation>Из пакета</translation>
    </message>
    <message>
        <source>Keep for {what}</source>
        <translation>Что оставить: {what}</translation>
    </message>
    <message>
        <source>Ours — {why}</source>
        <translation>Наше — {why}</translation>
    </message>
    <message>
        <source>Ours</source>
        <translation>Наше</translation>
    </message>
    <message>
        <source>No record was changed on both sides.</source>
        <translation>Ни одна запись не изменена с обеих сторон.</translation>
    </message>
    <message>
        <source>These records were changed on both sides. For each, keep this computer's copy or take the package's; nothing is overwritten unless you choose it.</source>
        <translation>Эти записи изменены с обеих сторон. Для каждой оставьте копию этого компьютера или возьмите копию из пакета; ничего не перезаписывается, пока вы этого не выберете.</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source> at {time}</source>
        <translation> в {time}</translation>
    </message>
    <message>
        <source>Someone else saved this{when} while you were editing it. Nothing of yours is saved yet. Compare the two versions, then reload theirs or keep yours.</source>
        <translation>Пока вы редактировали, кто-то другой сохранил это{when}. Ваши изменения ещё не сохранены. Сравните две версии, затем загрузите чужую или оставьте свою.</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <source>Yours (not saved)</source>
        <translation>Ваше (не сохранено)</translation>
    </message>
    <message>
        <source>Saved by the other person</source>
        <translation>Сохранено другим</translation>
    </message>
    <message>
        <source>Reload theirs</source>
        <translation>Загрузить чужую</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Оставить мою</translation>
    </message>
    <message>
        <source>Saves your version over theirs.</source>
        <translation>Сохраняет вашу версию поверх чужой.</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>Connect to a server</source>
        <translation>Подключение к серверу</translation>
    </message>
    <message>
        <source>A district's database on a PostgreSQL server. The administrator gives you these details and your own login.</source>
        <translation>База данных района на сервере PostgreSQL. Эти сведения и ваш собственный логин даёт администратор.</translation>
    </message>
    <message>
        <source>Remember the password on this computer</source>
        <translation>Запомнить пароль на этом компьютере</translation>
    </message>
    <message>
        <source>Kept in the system's keyring, never in a file.</source>
        <translation>Хранится в системном хранилище паролей, никогда в файле.</translation>
    </message>
    <message>
        <source>This computer has no keyring: the password is asked each time.</source>
        <translation>На этом компьютере нет хранилища паролей: пароль спрашивается каждый раз.</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Сервер:</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Порт:</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>База данных:</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>Пользователь:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Пароль:</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Подключиться</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Подключение…</translation>
    </message>
</context>
<context>
    <name>Controller</name>
    <message>
        <source>Cannot open the database</source>
        <translation>Не удалось открыть базу данных</translation>
    </message>
    <message>
        <source>“{path}” cannot be read or written. Check the folder.</source>
        <translation>Файл «{path}» нельзя прочитать или записать. Проверьте папку.</translation>
    </message>
    <message>
        <source>Cannot connect to the server: {reason}</source>
        <translation>Не удаётся подключиться к серверу: {reason}</translation>
    </message>
    <message>
        <source>Server support is not installed. Install it with: pip install eduqa-desktop[server]</source>
        <translation>Поддержка сервера не установлена. Установите её командой: pip install eduqa-desktop[server]</translation>
    </message>
    <message>
        <source>“{path}” must be upgraded, and no backup could be made. Ask the administrator to back up the database first.</source>
        <translation>«{path}» нужно обновить, а резервную копию сделать не удалось. Попросите администратора сначала сделать резервную копию базы данных.</translation>
    </message>
    <message>
        <source>“{path}” was made by a newer version of EduQA Desktop. Install the newer version to open it.</source>
        <translation>«{path}» создан более новой версией EduQA Desktop. Установите новую версию, чтобы открыть его.</translation>
    </message>
    <message>
        <source>“{path}” cannot be opened as an EduQA database. Choose another file, or create a new one.</source>
        <translation>«{path}» не открывается как база EduQA. Выберите другой файл или создайте новый.</translation>
    </message>
    <message>
        <source>Upgrade without a backup?</source>
        <translation>Обновить без резервной копии?</translation>
    </message>
    <message>
        <source>This version of EduQA Desktop must upgrade the server's database (now at schema {revision}), and cannot back it up first: {reason}.

The administrator should back up the database before it is upgraded. Has that been done? Upgrade now?</source>
        <translation>Этой версии EduQA Desktop нужно обновить базу данных на сервере (сейчас схема {revision}), а сначала сделать её резервную копию она не может: {reason}.

Администратор должен сделать резервную копию базы данных до обновления. Это сделано? Обновить сейчас?</translation>
    </message>
    <message>
        <source>Nobody logged in to this database; nothing was opened.</source>
        <translation>Вход в эту базу не выполнен; ничего не открыто.</translation>
    </message>
    <message>
        <source>The window kept its unsaved input; nothing was opened.</source>
        <translation>В окне остались несохранённые данные; ничего не открыто.</translation>
    </message>
    <message>
        <source>Set up my school</source>
        <translation>Настроить мою школу</translation>
    </message>
    <message>
        <source>Preparing the demo school…</source>
        <translation>Готовим демонстрационную школу…</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>Новая база данных</translation>
    </message>
    <message>
        <source>“{path}” already exists. Choose a new file name.</source>
        <translation>Файл «{path}» уже существует. Выберите новое имя файла.</translation>
    </message>
</context>
<context>
    <name>CriteriaPanel</name>
    <message>
        <source>Weakest checklist criteria — {period}</source>
        <translation>Самые слабые критерии чек-листа — {period}</translation>
    </message>
    <message>
        <source>{checklist}: average score of each criterion, weakest first.</source>
        <translation>{checklist}: средний балл каждого критерия, сначала самые слабые.</translation>
    </message>
    <message>
        <source>No lessons observed in this selection — observe a lesson.</source>
        <translation>По этой выборке нет посещённых уроков — посетите урок.</translation>
    </message>
    <message>
        <source>{criterion}
{section}
Average: {value} ({band}), scored {count} times</source>
        <translation>{criterion}
{section}
Среднее: {value} ({band}), оценок: {count}</translation>
    </message>
    <message>
        <source>Average score, % of the scale</source>
        <translation>Средний балл, % от шкалы</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Критерий</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Раздел</translation>
    </message>
    <message>
        <source>Average score, %</source>
        <translation>Средний балл, %</translation>
    </message>
    <message>
        <source>Band</source>
        <translation>Уровень</translation>
    </message>
    <message>
        <source>Times scored</source>
        <translation>Сколько раз оценён</translation>
    </message>
</context>
<context>
    <name>CriteriaView</name>
    <message>
        <source>Choose a checklist to see its criteria.</source>
        <translation>Выберите чек-лист, чтобы увидеть его критерии.</translation>
    </message>
</context>
<context>
    <name>CriterionRow</name>
    <message>
        <source>Weight: {weight}</source>
        <translation>Вес: {weight}</translation>
    </message>
    <message>
        <source>N/A</source>
        <translation>н/п</translation>
    </message>
    <message>
        <source>Not applicable in this lesson (key {key})</source>
        <translation>Неприменимо на этом уроке (клавиша {key})</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Комментарий</translation>
    </message>
    <message>
        <source>Comment on {number}</source>
        <translation>Комментарий к {number}</translation>
    </message>
    <message>
        <source>Add to next steps</source>
        <translation>В следующие шаги</translation>
    </message>
    <message>
        <source>Add this suggestion to the lesson's agreed next steps</source>
        <translation>Добавить это предложение в согласованные следующие шаги урока</translation>
    </message>
    <message>
        <source>Next step to suggest: {step}</source>
        <translation>Что предложить: {step}</translation>
    </message>
</context>
<context>
    <name>DashboardFilterBar</name>
    <message>
        <source>School</source>
        <translation>Школа</translation>
    </message>
    <message>
        <source>Academic year</source>
        <translation>Учебный год</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Четверть</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Параллель</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Предмет</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>МО</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Сбросить</translation>
    </message>
    <message>
        <source>Show the whole school again (all grades, subjects…)</source>
        <translation>Снова показать всю школу (все параллели, предметы…)</translation>
    </message>
    <message>
        <source>Updating…</source>
        <translation>Обновление…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Сохранить в PDF…</translation>
    </message>
    <message>
        <source>The whole dashboard on A4 pages, for a meeting (Ctrl+P)</source>
        <translation>Вся панель на листах A4, для совещания (Ctrl+P)</translation>
    </message>
    <message>
        <source>All schools ({count})</source>
        <translation>Все школы ({count})</translation>
    </message>
    <message>
        <source>All grades</source>
        <translation>Все параллели</translation>
    </message>
    <message>
        <source>All subjects</source>
        <translation>Все предметы</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>Все МО</translation>
    </message>
    <message>
        <source>{quarter} (no results)</source>
        <translation>{quarter} (нет итогов)</translation>
    </message>
</context>
<context>
    <name>DashboardPanel</name>
    <message>
        <source>No data for this selection</source>
        <translation>Нет данных по этой выборке</translation>
    </message>
    <message>
        <source>Quality of knowledge: {value}</source>
        <translation>Качество знаний: {value}</translation>
    </message>
    <message>
        <source>Pass rate: {value}</source>
        <translation>Успеваемость: {value}</translation>
    </message>
    <message>
        <source>SOU: {value}</source>
        <translation>СОУ: {value}</translation>
    </message>
    <message>
        <source>Average grade: {value}</source>
        <translation>Средний балл: {value}</translation>
    </message>
    <message>
        <source>Pupils assessed: {count}</source>
        <translation>Оценено учащихся: {count}</translation>
    </message>
    <message>
        <source>Marks 5 / 4 / 3 / 2 / 1: {n5} / {n4} / {n3} / {n2} / {n1}; not attested: {na}</source>
        <translation>Оценки 5 / 4 / 3 / 2 / 1: {n5} / {n4} / {n3} / {n2} / {n1}; не аттестовано: {na}</translation>
    </message>
    <message>
        <source>Quality of knowledge, %</source>
        <translation>Качество знаний, %</translation>
    </message>
    <message>
        <source>Pass rate, %</source>
        <translation>Успеваемость, %</translation>
    </message>
    <message>
        <source>SOU, %</source>
        <translation>СОУ, %</translation>
    </message>
    <message>
        <source>Average grade</source>
        <translation>Средний балл</translation>
    </message>
    <message>
        <source>Pupils assessed</source>
        <translation>Оценено учащихся</translation>
    </message>
    <message>
        <source>Not attested</source>
        <translation>Не аттестовано</translation>
    </message>
</context>
<context>
    <name>DashboardPdf</name>
    <message>
        <source>Dashboard · made {date}</source>
        <translation>Панель · составлена {date}</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>Страница {page} из {pages}</translation>
    </message>
    <message>
        <source>compared with {period}</source>
        <translation>для сравнения — {period}</translation>
    </message>
</context>
<context>
    <name>DashboardTab</name>
    <message>
        <source>Pass rate</source>
        <translation>Успеваемость</translation>
    </message>
    <message>
        <source>Quality of knowledge</source>
        <translation>Качество знаний</translation>
    </message>
    <message>
        <source>Degree of learning (SOU)</source>
        <translation>Степень обученности (СОУ)</translation>
    </message>
    <message>
        <source>Average grade</source>
        <translation>Средний балл</translation>
    </message>
    <message>
        <source>Observations done / planned</source>
        <translation>Посещения: проведено / запланировано</translation>
    </message>
    <message>
        <source>Average observation score</source>
        <translation>Средний балл посещений</translation>
    </message>
    <message>
        <source>Need attention</source>
        <translation>Требуют внимания</translation>
    </message>
    <message>
        <source>Professional development</source>
        <translation>Повышение квалификации</translation>
    </message>
    <message>
        <source>All schools</source>
        <translation>Все школы</translation>
    </message>
    <message>
        <source>No school year in this database yet — set up the school first.</source>
        <translation>В базе ещё нет учебного года — сначала настройте школу.</translation>
    </message>
    <message>
        <source>No quarters in this database yet.</source>
        <translation>В базе ещё нет четвертей.</translation>
    </message>
    <message>
        <source>No data for this selection</source>
        <translation>Нет данных по этой выборке</translation>
    </message>
    <message>
        <source>(compared with {period})</source>
        <translation>(для сравнения — {period})</translation>
    </message>
    <message>
        <source>No results and no lesson observations for this selection. Choose another quarter or clear the filters — or enter results and observe lessons.</source>
        <translation>По этой выборке нет ни итогов, ни посещённых уроков. Выберите другую четверть или сбросьте фильтры — или введите итоги и посетите уроки.</translation>
    </message>
    <message>
        <source>up to date: {count} of {total} teachers</source>
        <translation>в срок: {count} из {total} учителей</translation>
    </message>
    <message>
        <source>at most a fifth of the staff</source>
        <translation>не больше пятой части коллектива</translation>
    </message>
    <message>
        <source>of {count} teachers</source>
        <translation>из {count} учителей</translation>
    </message>
    <message>
        <source> … and {count} more</source>
        <translation> … и ещё {count}</translation>
    </message>
    <message>
        <source>Need attention:</source>
        <translation>Требуют внимания:</translation>
    </message>
    <message>
        <source>no previous quarter</source>
        <translation>нет прошлой четверти</translation>
    </message>
    <message>
        <source>no data in {period}</source>
        <translation>нет данных: {period}</translation>
    </message>
    <message>
        <source>{title}: {value}; {period}: {was}</source>
        <translation>{title}: {value}; {period}: {was}</translation>
    </message>
    <message>
        <source>plan: {done} of {planned} visits done</source>
        <translation>план: проведено {done} из {planned}</translation>
    </message>
    <message>
        <source>no visits planned</source>
        <translation>посещения не запланированы</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>Сохранено: {path}</translation>
    </message>
    <message>
        <source>Save the dashboard as PDF</source>
        <translation>Сохранить панель в PDF</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Документ PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The PDF could not be written ({error}). Choose another folder.</source>
        <translation>Не удалось записать PDF ({error}). Выберите другую папку.</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Сводка</translation>
    </message>
</context>
<context>
    <name>DashboardTexts</name>
    <message>
        <source>1st quarter</source>
        <translation>1-я четверть</translation>
    </message>
    <message>
        <source>2nd quarter</source>
        <translation>2-я четверть</translation>
    </message>
    <message>
        <source>3rd quarter</source>
        <translation>3-я четверть</translation>
    </message>
    <message>
        <source>4th quarter</source>
        <translation>4-я четверть</translation>
    </message>
    <message>
        <source>Q1</source>
        <translation>1 ч.</translation>
    </message>
    <message>
        <source>Q2</source>
        <translation>2 ч.</translation>
    </message>
    <message>
        <source>Q3</source>
        <translation>3 ч.</translation>
    </message>
    <message>
        <source>Q4</source>
        <translation>4 ч.</translation>
    </message>
    <message>
        <source>Quality of knowledge</source>
        <translation>Качество знаний</translation>
    </message>
    <message>
        <source>Pass rate</source>
        <translation>Успеваемость</translation>
    </message>
    <message>
        <source>Degree of learning (SOU)</source>
        <translation>Степень обученности (СОУ)</translation>
    </message>
    <message>
        <source>Average grade</source>
        <translation>Средний балл</translation>
    </message>
    <message>
        <source>Average observation score</source>
        <translation>Средний балл посещений</translation>
    </message>
    <message>
        <source>{quarter} {year}</source>
        <translation>{quarter} {year}</translation>
    </message>
    <message>
        <source>Other ({count})</source>
        <translation>Прочие ({count})</translation>
    </message>
    <message>
        <source>Grade {grade}</source>
        <translation>{grade}-е классы</translation>
    </message>
</context>
<context>
    <name>DistributionPanel</name>
    <message>
        <source>1 or not attested</source>
        <translation>1 или не аттестован</translation>
    </message>
    <message>
        <source>Marks by class — {period}</source>
        <translation>Оценки по классам — {period}</translation>
    </message>
    <message>
        <source>Marks by subject — {period}</source>
        <translation>Оценки по предметам — {period}</translation>
    </message>
    <message>
        <source>Share of pupils assessed with each term mark.</source>
        <translation>Доля оценённых учащихся с каждой четвертной оценкой.</translation>
    </message>
    <message>
        <source>{name}
Mark {mark}: {count} pupils, {share} of {assessed}</source>
        <translation>{name}
Оценка {mark}: {count} уч., {share} из {assessed}</translation>
    </message>
    <message>
        <source>Pupils assessed, %</source>
        <translation>Оценённые учащиеся, %</translation>
    </message>
    <message>
        <source>Mark {mark}</source>
        <translation>Оценка {mark}</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Класс</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Предмет</translation>
    </message>
</context>
<context>
    <name>DrillView</name>
    <message>
        <source>Classes</source>
        <translation>Классы</translation>
    </message>
    <message>
        <source>Teachers</source>
        <translation>Учителя</translation>
    </message>
</context>
<context>
    <name>ErrorReporting</name>
    <message>
        <source>Something went wrong</source>
        <translation>Что-то пошло не так</translation>
    </message>
    <message>
        <source>The action could not be completed. Your saved data is safe. If it happens again, send the log file to support: {path}</source>
        <translation>Действие не удалось выполнить. Сохранённые данные в безопасности. Если это повторится, отправьте файл журнала в поддержку: {path}</translation>
    </message>
</context>
<context>
    <name>ExchangeMenus</name>
    <message>
        <source>Import…</source>
        <translation>Импорт…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Экспорт…</translation>
    </message>
    <message>
        <source>Blank template…</source>
        <translation>Пустой шаблон…</translation>
    </message>
    <message>
        <source>Observations package…</source>
        <translation>Пакет наблюдений…</translation>
    </message>
    <message>
        <source>District report…</source>
        <translation>Отчёт для района…</translation>
    </message>
    <message>
        <source>Results…</source>
        <translation>Итоги четверти…</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export to Excel</source>
        <translation>Экспорт в Excel</translation>
    </message>
    <message>
        <source>Blank template</source>
        <translation>Пустой шаблон</translation>
    </message>
    <message>
        <source>Observations package (for another computer)</source>
        <translation>Пакет наблюдений (для другого компьютера)</translation>
    </message>
    <message>
        <source>District report</source>
        <translation>Отчёт для района</translation>
    </message>
    <message>
        <source>End-of-term results</source>
        <translation>Итоги четверти</translation>
    </message>
    <message>
        <source>Export:</source>
        <translation>Что выгрузить:</translation>
    </message>
    <message>
        <source>Teachers list</source>
        <translation>Список учителей</translation>
    </message>
    <message>
        <source>Teacher activities</source>
        <translation>Деятельность учителей</translation>
    </message>
    <message>
        <source>Observations</source>
        <translation>Наблюдения</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Бланк наблюдения</translation>
    </message>
    <message>
        <source>Template for:</source>
        <translation>Шаблон для:</translation>
    </message>
    <message>
        <source>Only observations changed since</source>
        <translation>Только наблюдения, изменённые с</translation>
    </message>
    <message>
        <source>Whole year</source>
        <translation>Весь год</translation>
    </message>
    <message>
        <source>Quarter {n}</source>
        <translation>{n} четверть</translation>
    </message>
    <message>
        <source>Academic year:</source>
        <translation>Учебный год:</translation>
    </message>
    <message>
        <source>Quarter:</source>
        <translation>Четверть:</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Экспортировать…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Экспорт</translation>
    </message>
    <message>
        <source>Set up or choose a school first.</source>
        <translation>Сначала создайте или выберите школу.</translation>
    </message>
    <message>
        <source>This file has no academic year yet.</source>
        <translation>В этой базе ещё нет учебного года.</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>Сохранить как</translation>
    </message>
    <message>
        <source>Writing {file}…</source>
        <translation>Запись {file}…</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>Сохранено: {path}</translation>
    </message>
    <message>
        <source>The file could not be written.</source>
        <translation>Не удалось записать файл.</translation>
    </message>
</context>
<context>
    <name>FileDrop</name>
    <message>
        <source>Import</source>
        <translation>Импорт</translation>
    </message>
    <message>
        <source>An observations package: check it, then import it.</source>
        <translation>Пакет наблюдений: проверьте его, затем импортируйте.</translation>
    </message>
    <message>
        <source>The columns of “{name}” match no import: choose what it holds.</source>
        <translation>Столбцы «{name}» не подходят ни к одному импорту: выберите, что в файле.</translation>
    </message>
</context>
<context>
    <name>FileLimitsPage</name>
    <message>
        <source> MB</source>
        <translation> МБ</translation>
    </message>
    <message>
        <source> times</source>
        <translation> раз</translation>
    </message>
    <message>
        <source> rows</source>
        <translation> строк</translation>
    </message>
    <message>
        <source> columns</source>
        <translation> столбцов</translation>
    </message>
    <message>
        <source> sheets</source>
        <translation> листов</translation>
    </message>
    <message>
        <source> characters</source>
        <translation> знаков</translation>
    </message>
    <message>
        <source> seconds</source>
        <translation> с</translation>
    </message>
    <message>
        <source>Largest file</source>
        <translation>Наибольший файл</translation>
    </message>
    <message>
        <source>Largest size once unpacked</source>
        <translation>Наибольший размер после распаковки</translation>
    </message>
    <message>
        <source>Compression of one part, at most</source>
        <translation>Сжатие одной части, не более</translation>
    </message>
    <message>
        <source>Rows in a sheet, at most</source>
        <translation>Строк на листе, не более</translation>
    </message>
    <message>
        <source>Columns in a sheet, at most</source>
        <translation>Столбцов на листе, не более</translation>
    </message>
    <message>
        <source>Sheets in a workbook, at most</source>
        <translation>Листов в книге, не более</translation>
    </message>
    <message>
        <source>Characters in one cell, at most</source>
        <translation>Знаков в одной ячейке, не более</translation>
    </message>
    <message>
        <source>Time to check and read one file</source>
        <translation>Время на проверку и чтение файла</translation>
    </message>
    <message>
        <source>Incoming files</source>
        <translation>Входящие файлы</translation>
    </message>
    <message>
        <source>Imports, packages and surveys: a file over any limit is refused with the limit named, and nothing of it is written. The defaults are far above any school's real file.</source>
        <translation>Импорт, пакеты и опросы: файл сверх любого предела отклоняется с указанием предела, из него ничего не записывается. Значения по умолчанию намного выше любого настоящего школьного файла.</translation>
    </message>
    <message>
        <source>Automatic backups</source>
        <translation>Автоматические копии</translation>
    </message>
    <message>
        <source> backups</source>
        <translation> копий</translation>
    </message>
    <message>
        <source> months</source>
        <translation> мес.</translation>
    </message>
    <message>
        <source>Keep the last</source>
        <translation>Хранить последние</translation>
    </message>
    <message>
        <source>And one a week for</source>
        <translation>И по одной в неделю за</translation>
    </message>
    <message>
        <source>Made before every import, package receive, upgrade and restore, in the backups folder beside the database.</source>
        <translation>Делаются перед каждым импортом, приёмом пакетов, обновлением и восстановлением, в папке backups рядом с базой.</translation>
    </message>
    <message>
        <source>A server database is backed up by its administrator (pg_dump).</source>
        <translation>Резервные копии базы на сервере делает её администратор (pg_dump).</translation>
    </message>
    <message>
        <source>Restore the defaults</source>
        <translation>Вернуть значения по умолчанию</translation>
    </message>
    <message>
        <source>A workbook unpacks to more than it takes on the disk: this must be at least the largest file.</source>
        <translation>Книга после распаковки больше, чем на диске: это значение должно быть не меньше наибольшего файла.</translation>
    </message>
</context>
<context>
    <name>FileOutput</name>
    <message>
        <source>The file could not be written. Choose another folder.</source>
        <translation>Файл не удалось записать. Выберите другую папку.</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>Сохранено: {path}</translation>
    </message>
</context>
<context>
    <name>FirstStartDialog</name>
    <message>
        <source>Welcome to EduQA Desktop</source>
        <translation>Добро пожаловать в EduQA Desktop</translation>
    </message>
    <message>
        <source>This database holds no school yet. Look around in a demo school, or set up your own school to start entering data.</source>
        <translation>В этой базе пока нет школы. Посмотрите демонстрационную школу или настройте свою, чтобы начать вводить данные.</translation>
    </message>
    <message>
        <source>Try it out</source>
        <translation>Попробовать</translation>
    </message>
    <message>
        <source>A made-up school with teachers, results and lesson observations.</source>
        <translation>Вымышленная школа с учителями, результатами и наблюдениями уроков.</translation>
    </message>
    <message>
        <source>Open the demo school</source>
        <translation>Открыть демо-школу</translation>
    </message>
    <message>
        <source>Set up my school</source>
        <translation>Настроить мою школу</translation>
    </message>
    <message>
        <source>e.g. 47-maktab</source>
        <translation>например, школа № 47</translation>
    </message>
    <message>
        <source>School name *:</source>
        <translation>Название школы *:</translation>
    </message>
    <message>
        <source>District:</source>
        <translation>Район:</translation>
    </message>
    <message>
        <source>Region:</source>
        <translation>Область:</translation>
    </message>
    <message>
        <source>Academic year *:</source>
        <translation>Учебный год *:</translation>
    </message>
    <message>
        <source>Protect this database with an administrator account</source>
        <translation>Защитить эту базу учётной записью администратора</translation>
    </message>
    <message>
        <source>On a PC several people use: the app then asks for a login, and the administrator decides who may change what (File ▸ Accounts).</source>
        <translation>Для компьютера, за которым работают несколько человек: программа будет спрашивать имя для входа, а администратор решает, кто что может менять (Файл ▸ Учётные записи).</translation>
    </message>
    <message>
        <source>Administrator's login:</source>
        <translation>Имя администратора для входа:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Пароль:</translation>
    </message>
    <message>
        <source>Password again:</source>
        <translation>Пароль ещё раз:</translation>
    </message>
    <message>
        <source>Enter the name of the school.</source>
        <translation>Введите название школы.</translation>
    </message>
    <message>
        <source>Write the academic year like 2025-2026.</source>
        <translation>Запишите учебный год в виде 2025-2026.</translation>
    </message>
    <message>
        <source>Write the administrator's login.</source>
        <translation>Напишите имя администратора для входа.</translation>
    </message>
    <message>
        <source>A password needs at least {count} characters.</source>
        <translation>Пароль должен содержать не менее {count} символов.</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>Два пароля не совпадают.</translation>
    </message>
</context>
<context>
    <name>FormBar</name>
    <message>
        <source>Back to list</source>
        <translation>К списку</translation>
    </message>
    <message>
        <source>Save draft</source>
        <translation>Сохранить черновик</translation>
    </message>
    <message>
        <source>Finalize…</source>
        <translation>Завершить…</translation>
    </message>
    <message>
        <source>Make the observation final (Ctrl+Enter)</source>
        <translation>Сделать наблюдение окончательным (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Correct…</source>
        <translation>Исправить…</translation>
    </message>
    <message>
        <source>Save correction</source>
        <translation>Сохранить исправление</translation>
    </message>
    <message>
        <source>Write the correction with its reason (Ctrl+S)</source>
        <translation>Записать исправление вместе с причиной (Ctrl+S)</translation>
    </message>
    <message>
        <source>Cancel correction</source>
        <translation>Отменить исправление</translation>
    </message>
    <message>
        <source>Leave the observation as it was before the correction</source>
        <translation>Оставить наблюдение таким, каким оно было до исправления</translation>
    </message>
    <message>
        <source>Follow-up visit</source>
        <translation>Повторное посещение</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Печать…</translation>
    </message>
    <message>
        <source>The report on a printer (Ctrl+P)</source>
        <translation>Отчёт на принтер (Ctrl+P)</translation>
    </message>
    <message>
        <source>PDF…</source>
        <translation>PDF…</translation>
    </message>
    <message>
        <source>The report saved as a PDF file</source>
        <translation>Отчёт в файл PDF</translation>
    </message>
    <message>
        <source>New observation</source>
        <translation>Новое наблюдение</translation>
    </message>
    <message>
        <source>Final observation</source>
        <translation>Окончательное наблюдение</translation>
    </message>
    <message>
        <source>Draft observation</source>
        <translation>Черновик наблюдения</translation>
    </message>
    <message>
        <source>Correcting a final observation. Reason: {reason}</source>
        <translation>Исправление окончательного наблюдения. Причина: {reason}</translation>
    </message>
    <message>
        <source>Final since {date}; read-only. Use Correct… to change it.</source>
        <translation>Окончательное с {date}, только для чтения. Чтобы изменить, нажмите «Исправить…».</translation>
    </message>
    <message>
        <source>Corrected on {date} by {who}. Reason: {reason}</source>
        <translation>Исправлено {date}, {who}. Причина: {reason}</translation>
    </message>
</context>
<context>
    <name>GeneratePlanDialog</name>
    <message>
        <source>Generate plan</source>
        <translation>Составить план</translation>
    </message>
    <message>
        <source>Quarter {number} of {year}</source>
        <translation>{number}-я четверть {year}</translation>
    </message>
    <message>
        <source>Monthly for new teachers, with less than</source>
        <translation>Ежемесячно молодым учителям, стаж меньше</translation>
    </message>
    <message>
        <source>years of work</source>
        <translation>лет</translation>
    </message>
    <message>
        <source>Monthly for teachers whose last score is below</source>
        <translation>Ежемесячно, если последняя оценка ниже</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Четверть</translation>
    </message>
    <message>
        <source>Visits to every teacher a year</source>
        <translation>Посещений каждого учителя в год</translation>
    </message>
    <message>
        <source>Purpose of these visits</source>
        <translation>Цель этих посещений</translation>
    </message>
    <message>
        <source>Purpose of monthly visits</source>
        <translation>Цель ежемесячных посещений</translation>
    </message>
    <message>
        <source>Observer</source>
        <translation>Наблюдатель</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Месяц</translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation>Учитель</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Add to plan</source>
        <translation>Добавить в план</translation>
    </message>
    <message>
        <source>This quarter is over: no visit is planned in the past. Choose a quarter still to come.</source>
        <translation>Эта четверть закончилась: посещения в прошлом не планируются. Выберите четверть, которая ещё впереди.</translation>
    </message>
    <message>
        <source>{count} visits will be added; the plan already holds the others.</source>
        <translation>Будет добавлено посещений: {count}; остальные уже есть в плане.</translation>
    </message>
    <message>
        <source>Nothing to add: the plan already holds these visits.</source>
        <translation>Добавлять нечего: эти посещения уже есть в плане.</translation>
    </message>
    <message>
        <source>{months} is over: its visits go to the months still to come.</source>
        <translation>Прошло: {months}. Посещения этого времени перенесены на оставшиеся месяцы.</translation>
    </message>
</context>
<context>
    <name>GraduatesDialog</name>
    <message>
        <source>Where the graduates went</source>
        <translation>Куда пошли выпускники</translation>
    </message>
    <message>
        <source>Grade {grade}</source>
        <translation>{grade} класс</translation>
    </message>
    <message>
        <source>Academic year:</source>
        <translation>Учебный год:</translation>
    </message>
    <message>
        <source>Grade:</source>
        <translation>Класс:</translation>
    </message>
    <message>
        <source>Graduates:</source>
        <translation>Выпускников:</translation>
    </message>
    <message>
        <source>Partner organisations (dual education, internships, work):</source>
        <translation>Организации-партнёры (дуальное обучение, практика, работа):</translation>
    </message>
    <message>
        <source>Partner organisation</source>
        <translation>Организация-партнёр</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Как</translation>
    </message>
    <message>
        <source>Graduates</source>
        <translation>Выпускников</translation>
    </message>
    <message>
        <source>Add a partner</source>
        <translation>Добавить партнёра</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>Name of the organisation</source>
        <translation>Название организации</translation>
    </message>
    <message>
        <source>Choose a school and an academic year first.</source>
        <translation>Сначала выберите школу и учебный год.</translation>
    </message>
    <message>
        <source>Type how many graduates went to each destination.</source>
        <translation>Впишите, сколько выпускников пошли по каждому направлению.</translation>
    </message>
</context>
<context>
    <name>GraduatesImportDialog</name>
    <message>
        <source>Import graduates</source>
        <translation>Импорт выпускников</translation>
    </message>
    <message>
        <source>The filled graduates template (.xlsx)</source>
        <translation>Заполненный шаблон выпускников (.xlsx)</translation>
    </message>
    <message>
        <source>Choose the filled graduates template.</source>
        <translation>Выберите заполненный шаблон выпускников.</translation>
    </message>
    <message>
        <source>Blank template…</source>
        <translation>Пустой шаблон…</translation>
    </message>
    <message>
        <source>Academic year:</source>
        <translation>Учебный год:</translation>
    </message>
    <message>
        <source>Save the graduates template</source>
        <translation>Сохранить шаблон выпускников</translation>
    </message>
    <message>
        <source>graduates.xlsx</source>
        <translation>выпускники.xlsx</translation>
    </message>
    <message>
        <source>The file could not be written. Close it in Excel or choose another folder.</source>
        <translation>Не удалось записать файл. Закройте его в Excel или выберите другую папку.</translation>
    </message>
    <message>
        <source>Template saved to {path}. Fill it in, then choose it here.</source>
        <translation>Шаблон сохранён: {path}. Заполните его и выберите здесь.</translation>
    </message>
    <message>
        <source>{school}: graduates of {year}; {placed} placed with partners.</source>
        <translation>{school}: выпускники {year}; у партнёров — {placed}.</translation>
    </message>
    <message>
        <source>It replaces what was entered for grade {grades}.</source>
        <translation>Заменяет внесённое для класса {grades}.</translation>
    </message>
    <message>
        <source>Graduates</source>
        <translation>Выпускников</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Куда</translation>
    </message>
    <message>
        <source>Grade {grade}</source>
        <translation>{grade} класс</translation>
    </message>
</context>
<context>
    <name>GraduatesPanel</name>
    <message>
        <source>Where the graduates went</source>
        <translation>Куда пошли выпускники</translation>
    </message>
    <message>
        <source>No graduates entered yet — say where grades 9 and 11 went after the year.</source>
        <translation>Выпускники ещё не внесены — укажите, куда пошли 9 и 11 классы после года.</translation>
    </message>
    <message>
        <source>Enter graduates…</source>
        <translation>Внести выпускников…</translation>
    </message>
    <message>
        <source>Import from Excel…</source>
        <translation>Импорт из Excel…</translation>
    </message>
    <message>
        <source>Where the graduates of {year} went</source>
        <translation>Куда пошли выпускники {year}</translation>
    </message>
    <message>
        <source>Further study</source>
        <translation>Продолжили обучение</translation>
    </message>
    <message>
        <source>With a partner organisation</source>
        <translation>У организации-партнёра</translation>
    </message>
    <message>
        <source>Graduates</source>
        <translation>Выпускников</translation>
    </message>
    <message>
        <source>Grade {grade}</source>
        <translation>{grade} класс</translation>
    </message>
    <message>
        <source>No graduate was placed with a partner organisation.</source>
        <translation>Ни один выпускник не направлен к организации-партнёру.</translation>
    </message>
    <message>
        <source>{partner}: {count} ({ways})</source>
        <translation>{partner}: {count} ({ways})</translation>
    </message>
    <message>
        <source>… and {count} more</source>
        <translation>… и ещё {count}</translation>
    </message>
    <message>
        <source>Partner organisations:</source>
        <translation>Организации-партнёры:</translation>
    </message>
</context>
<context>
    <name>HeatMapPanel</name>
    <message>
        <source>Checklist sections by school — {period}</source>
        <translation>Разделы чек-листа по школам — {period}</translation>
    </message>
    <message>
        <source>Checklist sections by teacher — {period}</source>
        <translation>Разделы чек-листа по учителям — {period}</translation>
    </message>
    <message>
        <source>No lessons observed in this selection — observe a lesson.</source>
        <translation>По этой выборке нет посещённых уроков — посетите урок.</translation>
    </message>
    <message>
        <source>Section scores, %; the lowest {shown} of {total}.</source>
        <translation>Баллы разделов, %; {shown} самых низких из {total}.</translation>
    </message>
    <message>
        <source>Section scores, %; lowest first.</source>
        <translation>Баллы разделов, %; сначала самые низкие.</translation>
    </message>
    <message>
        <source>{row}
{section}: {value}</source>
        <translation>{row}
{section}: {value}</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Раздел</translation>
    </message>
    <message>
        <source>School</source>
        <translation>Школа</translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation>Учитель</translation>
    </message>
    <message>
        <source>Lessons observed</source>
        <translation>Посещено уроков</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <source>User guide</source>
        <translation>Руководство пользователя</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Разделы</translation>
    </message>
    <message>
        <source>The user guide is missing from this installation.</source>
        <translation>В этой установке нет руководства пользователя.</translation>
    </message>
</context>
<context>
    <name>HistogramPanel</name>
    <message>
        <source>Observation scores — {period}</source>
        <translation>Баллы посещённых уроков — {period}</translation>
    </message>
    <message>
        <source>No lessons observed in this selection — observe a lesson.</source>
        <translation>По этой выборке нет посещённых уроков — посетите урок.</translation>
    </message>
    <message>
        <source>{count} lessons observed, average score {value}.</source>
        <translation>Посещено уроков: {count}, средний балл {value}.</translation>
    </message>
    <message>
        <source>{low}–{high} %</source>
        <translation>{low}–{high} %</translation>
    </message>
    <message>
        <source>{span}: {count} lessons ({band})</source>
        <translation>{span}: уроков — {count} ({band})</translation>
    </message>
    <message>
        <source>Observation score, %</source>
        <translation>Балл посещения, %</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>Уроки</translation>
    </message>
    <message>
        <source>{band} ({low}–{high} %): {count}</source>
        <translation>{band} ({low}–{high} %): {count}</translation>
    </message>
    <message>
        <source>Observation score</source>
        <translation>Балл посещения</translation>
    </message>
    <message>
        <source>Band</source>
        <translation>Уровень</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import from Excel</source>
        <translation>Импорт из Excel</translation>
    </message>
    <message>
        <source>Teachers list</source>
        <translation>Список учителей</translation>
    </message>
    <message>
        <source>End-of-term results</source>
        <translation>Итоги четверти</translation>
    </message>
    <message>
        <source>Teacher activities</source>
        <translation>Деятельность учителей</translation>
    </message>
    <message>
        <source>Observations (filled template or package)</source>
        <translation>Наблюдения (заполненный шаблон или пакет)</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Бланк наблюдения</translation>
    </message>
    <message>
        <source>The file holds:</source>
        <translation>В файле:</translation>
    </message>
    <message>
        <source>Choose an .xlsx, .xls or .ods file</source>
        <translation>Выберите файл .xlsx, .xls или .ods</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Обзор…</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Файл:</translation>
    </message>
    <message>
        <source>As the file says</source>
        <translation>Как указано в файле</translation>
    </message>
    <message>
        <source>Quarter {n}</source>
        <translation>{n} четверть</translation>
    </message>
    <message>
        <source>Academic year:</source>
        <translation>Учебный год:</translation>
    </message>
    <message>
        <source>Quarter:</source>
        <translation>Четверть:</translation>
    </message>
    <message>
        <source>Nothing is written until you have seen the preview and pressed Import.</source>
        <translation>Ничего не записывается, пока вы не просмотрите результат проверки и не нажмёте «Импортировать».</translation>
    </message>
    <message>
        <source>Check the file</source>
        <translation>Проверить файл</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Choose the file to import</source>
        <translation>Выберите файл для импорта</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Импорт</translation>
    </message>
    <message>
        <source>Set up or choose a school first.</source>
        <translation>Сначала создайте или выберите школу.</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Чтение файла…</translation>
    </message>
    <message>
        <source>Imported {file}: {created} new, {updated} updated, {unchanged} unchanged</source>
        <translation>Импортирован {file}: новых — {created}, обновлено — {updated}, без изменений — {unchanged}</translation>
    </message>
    <message>
        <source>The file could not be read.</source>
        <translation>Не удалось прочитать файл.</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <source>New</source>
        <translation>Новая</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Обновление</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Без изменений</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Import preview — {file}</source>
        <translation>Проверка импорта — {file}</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Лист</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Строка</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Столбец</translation>
    </message>
    <message>
        <source>Value found</source>
        <translation>Найденное значение</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>Ошибок не найдено.</translation>
    </message>
    <message>
        <source>Name in the file</source>
        <translation>Имя в файле</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Строки</translation>
    </message>
    <message>
        <source>Teacher in this school</source>
        <translation>Учитель этой школы</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Изменения</translation>
    </message>
    <message>
        <source>The file has no rows to import.</source>
        <translation>В файле нет строк для импорта.</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Ошибки</translation>
    </message>
    <message>
        <source>Teachers to map</source>
        <translation>Сопоставить учителей</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Столбцы</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Конфликты</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Импортировать</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>New: {n}</source>
        <translation>Новых: {n}</translation>
    </message>
    <message>
        <source>Updated: {n}</source>
        <translation>Обновлено: {n}</translation>
    </message>
    <message>
        <source>Unchanged: {n}</source>
        <translation>Без изменений: {n}</translation>
    </message>
    <message>
        <source>Problems: {n}</source>
        <translation>Ошибок: {n}</translation>
    </message>
    <message>
        <source>Deleted: {n}</source>
        <translation>Удалено: {n}</translation>
    </message>
    <message>
        <source>New classes: {names}</source>
        <translation>Новые классы: {names}</translation>
    </message>
    <message>
        <source>New subjects: {names}</source>
        <translation>Новые предметы: {names}</translation>
    </message>
    <message>
        <source>New teachers: {names}</source>
        <translation>Новые учителя: {names}</translation>
    </message>
    <message>
        <source>Changed on both sides: {n} — choose in “Conflicts” which copy to keep.</source>
        <translation>Изменено с обеих сторон: {n} — выберите во вкладке «Конфликты», какую копию оставить.</translation>
    </message>
    <message>
        <source>Totals rows skipped: {n}</source>
        <translation>Пропущено строк «Итого»: {n}</translation>
    </message>
    <message>
        <source>Say which header is which in “Columns”, then check again.</source>
        <translation>Укажите во вкладке «Столбцы», какой заголовок какой, и проверьте снова.</translation>
    </message>
    <message>
        <source>Fix the file and import it again: nothing will be written.</source>
        <translation>Исправьте файл и импортируйте снова: ничего не будет записано.</translation>
    </message>
    <message>
        <source>Choose a teacher for every name in “Teachers to map”.</source>
        <translation>Выберите учителя для каждого имени на вкладке «Сопоставить учителей».</translation>
    </message>
    <message>
        <source>Conflicts ({n})</source>
        <translation>Конфликты ({n})</translation>
    </message>
    <message>
        <source>Teacher for {name}</source>
        <translation>Учитель для «{name}»</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— выберите —</translation>
    </message>
    <message>
        <source>Create a new teacher</source>
        <translation>Создать нового учителя</translation>
    </message>
    <message>
        <source>{name} (fits)</source>
        <translation>{name} (подходит)</translation>
    </message>
    <message>
        <source>Teachers to map ({n})</source>
        <translation>Сопоставить учителей ({n})</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Чтение файла…</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Импорт…</translation>
    </message>
    <message>
        <source>The import failed; nothing was written.</source>
        <translation>Импорт не удался; ничего не записано.</translation>
    </message>
    <message>
        <source>Import cancelled: nothing was written.</source>
        <translation>Импорт отменён: ничего не записано.</translation>
    </message>
</context>
<context>
    <name>IndicatorTableModel</name>
    <message>
        <source>Pass rate</source>
        <translation>Успеваемость</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>Качество</translation>
    </message>
    <message>
        <source>SOU</source>
        <translation>СОУ</translation>
    </message>
    <message>
        <source>Average</source>
        <translation>Ср. балл</translation>
    </message>
    <message>
        <source>Pass rate (5, 4, 3 of N)</source>
        <translation>Успеваемость («5», «4», «3» от N)</translation>
    </message>
    <message>
        <source>Quality of knowledge (5, 4 of N)</source>
        <translation>Качество знаний («5», «4» от N)</translation>
    </message>
    <message>
        <source>Degree of learning (SOU)</source>
        <translation>Степень обученности учащихся (СОУ)</translation>
    </message>
    <message>
        <source>Average grade</source>
        <translation>Средний балл</translation>
    </message>
    <message>
        <source>Grade {grade}</source>
        <translation>{grade}-е классы</translation>
    </message>
    <message>
        <source>No department</source>
        <translation>Без МО</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Класс</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Параллель</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Предмет</translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation>Учитель</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>МО</translation>
    </message>
    <message>
        <source>School</source>
        <translation>Школа</translation>
    </message>
    <message>
        <source>Pupils</source>
        <translation>Учащихся</translation>
    </message>
    <message>
        <source>Marks (N)</source>
        <translation>Оценок (N)</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Изменение</translation>
    </message>
    <message>
        <source>Pupils in the classes of the group, each class counted once</source>
        <translation>Учащиеся классов этой группы, каждый класс учтён один раз</translation>
    </message>
    <message>
        <source>Marks counted (N): one for each pupil in each subject, a mark or not attested (exempt left out). A class of 26 with 10 subjects has up to 260.</source>
        <translation>Учтено оценок (N): по одной на каждого учащегося по каждому предмету — оценка или «не аттестован» (освобождённые не входят). У класса из 26 учащихся и 10 предметов — до 260.</translation>
    </message>
    <message>
        <source>{indicator}: change from {term}</source>
        <translation>{indicator}: изменение по сравнению с предыдущей четвертью ({term})</translation>
    </message>
    <message>
        <source>No results in {term} to compare with</source>
        <translation>Для сравнения нет результатов ({term})</translation>
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
        <translation>Показатели по</translation>
    </message>
    <message>
        <source>No saved results in this term yet.</source>
        <translation>За эту четверть ещё нет сохранённых результатов.</translation>
    </message>
    <message>
        <source>By class</source>
        <translation>По классам</translation>
    </message>
    <message>
        <source>By grade</source>
        <translation>По параллелям</translation>
    </message>
    <message>
        <source>By subject</source>
        <translation>По предметам</translation>
    </message>
    <message>
        <source>By teacher</source>
        <translation>По учителям</translation>
    </message>
    <message>
        <source>By department</source>
        <translation>По МО</translation>
    </message>
    <message>
        <source>School</source>
        <translation>Школа</translation>
    </message>
    <message>
        <source>Indicators — {term}</source>
        <translation>Показатели — {term}</translation>
    </message>
    <message>
        <source>Change from {term}: ▲ up, ▼ down (points).</source>
        <translation>Сравнение с предыдущей четвертью ({term}): ▲ рост, ▼ снижение (в пунктах).</translation>
    </message>
    <message>
        <source>No earlier term to compare with.</source>
        <translation>Нет предыдущей четверти для сравнения.</translation>
    </message>
    <message>
        <source>The table shows saved results; save to include your changes.</source>
        <translation>В таблице — сохранённые результаты; сохраните, чтобы учесть изменения.</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Показатели</translation>
    </message>
</context>
<context>
    <name>IntegrityPrompt</name>
    <message>
        <source>The database is damaged</source>
        <translation>База данных повреждена</translation>
    </message>
    <message>
        <source>“{file}” is damaged, and there is no good backup of it in its backups folder. Do not work in it: copy the file and give the copy to whoever supports the program; open another database meanwhile.</source>
        <translation>Файл «{file}» повреждён, а исправной резервной копии в его папке backups нет. Не работайте в нём: скопируйте файл и передайте копию тому, кто сопровождает программу; пока откройте другую базу.</translation>
    </message>
    <message>
        <source>“{file}” is damaged (SQLite found errors in it). The latest good backup is from {date}. Restore it? What was changed after {date} is lost; the damaged file is kept in the backups folder.</source>
        <translation>Файл «{file}» повреждён (SQLite нашёл в нём ошибки). Последняя исправная резервная копия — от {date}. Восстановить её? Изменения после {date} будут потеряны; повреждённый файл сохранится в папке backups.</translation>
    </message>
    <message>
        <source>Where the database lies</source>
        <translation>Где лежит база данных</translation>
    </message>
    <message>
        <source>“{file}” lies on a network drive. SQLite, which keeps the data, cannot lock a file there reliably, and changes can be lost. Copy the database to this computer's own disk and open the copy.</source>
        <translation>Файл «{file}» лежит на сетевом диске. SQLite, который хранит данные, не может там надёжно блокировать файл, и изменения могут потеряться. Скопируйте базу на собственный диск компьютера и откройте копию.</translation>
    </message>
    <message>
        <source>“{file}” lies on a removable disk. If the disk is pulled out while the program writes, the database can be damaged. Copy it to this computer's own disk and open the copy.</source>
        <translation>Файл «{file}» лежит на съёмном диске. Если извлечь диск, пока программа пишет, база может повредиться. Скопируйте её на собственный диск компьютера и откройте копию.</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Log in</source>
        <translation>Вход</translation>
    </message>
    <message>
        <source>“{place}” has accounts. Log in with the name and password the administrator gave you.</source>
        <translation>В «{place}» есть учётные записи. Войдите под именем и паролем, которые выдал администратор.</translation>
    </message>
    <message>
        <source>This database has accounts. Log in with the name and password the administrator gave you.</source>
        <translation>В этой базе есть учётные записи. Войдите под именем и паролем, которые выдал администратор.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Имя:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Пароль:</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Dashboard</source>
        <translation>Сводка</translation>
    </message>
    <message>
        <source>Teachers</source>
        <translation>Учителя</translation>
    </message>
    <message>
        <source>Observations</source>
        <translation>Наблюдения</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Результаты</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>New database…</source>
        <translation>Новая база…</translation>
    </message>
    <message>
        <source>Open database…</source>
        <translation>Открыть базу…</translation>
    </message>
    <message>
        <source>Connect to a server…</source>
        <translation>Подключиться к серверу…</translation>
    </message>
    <message>
        <source>Recent files</source>
        <translation>Недавние файлы</translation>
    </message>
    <message>
        <source>Backup…</source>
        <translation>Резервная копия…</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Импорт</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Экспорт</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Выход</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Настройки…</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Настройки</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Руководство пользователя</translation>
    </message>
    <message>
        <source>About EduQA Desktop</source>
        <translation>О программе EduQA Desktop</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Обновить</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Найти</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Печать…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Сохранить как PDF…</translation>
    </message>
    <message>
        <source>New observation</source>
        <translation>Новое наблюдение</translation>
    </message>
    <message>
        <source>School</source>
        <translation>Школа</translation>
    </message>
    <message>
        <source>Database: {name}</source>
        <translation>База: {name}</translation>
    </message>
    <message>
        <source>{year}, quarter {number}</source>
        <translation>{year}, {number}-я четверть</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>Новая база данных</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>Открыть базу данных</translation>
    </message>
    <message>
        <source>Back up the database</source>
        <translation>Сохранить резервную копию базы</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Резервная копия</translation>
    </message>
    <message>
        <source>Choose another file: a backup cannot replace the database itself.</source>
        <translation>Выберите другой файл: резервная копия не может заменить саму базу.</translation>
    </message>
    <message>
        <source>The backup could not be written. Choose another folder.</source>
        <translation>Не удалось записать резервную копию. Выберите другую папку.</translation>
    </message>
    <message>
        <source>Backup saved to {path}</source>
        <translation>Резервная копия сохранена: {path}</translation>
    </message>
    <message>
        <source>Analysis</source>
        <translation>Анализ</translation>
    </message>
    <message>
        <source>Surveys</source>
        <translation>Опросы</translation>
    </message>
    <message>
        <source>Files and backups</source>
        <translation>Файлы и копии</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Несохранённые изменения</translation>
    </message>
    <message>
        <source>{tabs}: some changes are not saved yet. Close and lose them?</source>
        <translation>{tabs}: часть изменений ещё не сохранена. Закрыть и потерять их?</translation>
    </message>
</context>
<context>
    <name>MechanismsPanel</name>
    <message>
        <source>Evidence of the mechanisms of quality — {period}</source>
        <translation>Подтверждения механизмов качества — {period}</translation>
    </message>
    <message>
        <source>Observed lessons that show each mechanism, activities recorded and graduates placed with partners; the thinnest first.</source>
        <translation>Посещённые уроки, в которых виден каждый механизм, записанные мероприятия и выпускники у партнёров; сначала самые слабые.</translation>
    </message>
    <message>
        <source>No evidence of any mechanism in this selection — observe a lesson or record an activity.</source>
        <translation>По этой выборке нет подтверждений ни одного механизма — посетите урок или запишите мероприятие.</translation>
    </message>
    <message>
        <source>{name}
Lessons showing it: {count}
Average score of its criteria: {value}</source>
        <translation>{name}
Уроков, где он виден: {count}
Средний балл его критериев: {value}</translation>
    </message>
    <message>
        <source>{name}
Activities recorded: {count} (by {teachers} teachers)</source>
        <translation>{name}
Записано мероприятий: {count} (учителей: {teachers})</translation>
    </message>
    <message>
        <source>0 — no evidence</source>
        <translation>0 — нет подтверждений</translation>
    </message>
    <message>
        <source>{name}
Graduates placed so (last year with graduates): {count}</source>
        <translation>{name}
Выпускников, направленных так (последний год с выпускниками): {count}</translation>
    </message>
    <message>
        <source>Lessons, activities or graduates</source>
        <translation>Уроки, мероприятия или выпускники</translation>
    </message>
    <message>
        <source>Observed lessons</source>
        <translation>Посещённые уроки</translation>
    </message>
    <message>
        <source>Activities recorded</source>
        <translation>Записанные мероприятия</translation>
    </message>
    <message>
        <source>Graduates placed</source>
        <translation>Выпускники у партнёров</translation>
    </message>
    <message>
        <source>Mechanism</source>
        <translation>Механизм</translation>
    </message>
    <message>
        <source>Average score of its criteria, %</source>
        <translation>Средний балл его критериев, %</translation>
    </message>
    <message>
        <source>Teachers</source>
        <translation>Учителя</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>Professional development overdue: last course on {date}, more than {years} years ago</source>
        <translation>Повышение квалификации просрочено: последний курс {date}, более {years} лет назад</translation>
    </message>
    <message>
        <source>No professional-development course on record</source>
        <translation>Нет сведений о курсах повышения квалификации</translation>
    </message>
    <message>
        <source>Latest lesson ({date}) scored {score}, below “needs improvement” ({threshold})</source>
        <translation>Последний урок ({date}) оценён в {score}, ниже уровня «требует улучшения» ({threshold})</translation>
    </message>
    <message>
        <source>Latest lesson ({date}) scored {score}, below “needs improvement” ({threshold}); {below} of the last {lessons} lessons below it</source>
        <translation>Последний урок ({date}) оценён в {score}, ниже уровня «требует улучшения» ({threshold}); ниже него {below} из последних {lessons} уроков</translation>
    </message>
    <message>
        <source>Three latest lessons falling: {first} → {middle} → {last}</source>
        <translation>Три последних урока — всё ниже: {first} → {middle} → {last}</translation>
    </message>
    <message>
        <source>“{criterion}” weak in {weak} of {visits} visits</source>
        <translation>«{criterion}» — слабо на {weak} из {visits} посещений</translation>
    </message>
    <message>
        <source>{count} follow-up(s) past due, the oldest due on {due} (lesson of {observed_on})</source>
        <translation>Просрочено повторных посещений: {count}, самое раннее — к {due} (урок {observed_on})</translation>
    </message>
    <message>
        <source>{count} planned visit(s) overdue, the oldest planned for {month}</source>
        <translation>Просрочено плановых посещений: {count}, самое раннее — на {month}</translation>
    </message>
    <message>
        <source>New teacher ({years} years of experience): no lesson visited and no mentor in {year}</source>
        <translation>Молодой учитель (стаж {years} г.): в {year} ни одного посещённого урока и нет наставника</translation>
    </message>
    <message>
        <source>{class_name} {subject}: quality {quality} against {peers} for grade {grade} {subject} in the school, {pupils} pupils</source>
        <translation>{class_name} {subject}: качество {quality} против {peers} по предмету «{subject}» в {grade}-х классах школы, учащихся: {pupils}</translation>
    </message>
    <message>
        <source>{class_name} {subject}: quality {quality} against {peers} for grade {grade} {subject} in the district, {pupils} pupils</source>
        <translation>{class_name} {subject}: качество {quality} против {peers} по предмету «{subject}» в {grade}-х классах района, учащихся: {pupils}</translation>
    </message>
    <message>
        <source>{subject} in {classes} class(es): quality {quality} against {peers} for the same pupils with their other teachers, {pupils} pupils</source>
        <translation>{subject}, классов: {classes}: качество {quality} против {peers} у тех же учащихся с другими учителями, учащихся: {pupils}</translation>
    </message>
    <message>
        <source>{subject} across the school: quality {quality} against {peers} for the same pupils in their other subjects; {teachers} teachers, {pupils} pupils</source>
        <translation>{subject} по всей школе: качество {quality} против {peers} у тех же учащихся по другим предметам; учителей: {teachers}, учащихся: {pupils}</translation>
    </message>
    <message>
        <source>{subject} across the school: quality {quality} against {peers} for the same grades in the district; {teachers} teachers, {pupils} pupils</source>
        <translation>{subject} по всей школе: качество {quality} против {peers} в тех же параллелях района; учителей: {teachers}, учащихся: {pupils}</translation>
    </message>
    <message>
        <source>{class_name} {subject}: quality down {terms} quarters running, {first} → {last}</source>
        <translation>{class_name} {subject}: качество снижается {terms} четверти подряд, {first} → {last}</translation>
    </message>
    <message>
        <source>The workbook has no sheet “{sheet}” (nor a sheet in its place).</source>
        <translation>В книге нет листа «{sheet}» (и листа на его месте).</translation>
    </message>
    <message>
        <source>Sheet “{sheet}”: the column “{column}” is missing in the header row.</source>
        <translation>Лист «{sheet}»: в строке заголовков нет столбца «{column}».</translation>
    </message>
    <message>
        <source>Sheet “{sheet}”, row {row}, column {column}: write the text in at least one language.</source>
        <translation>Лист «{sheet}», строка {row}, столбец {column}: впишите текст хотя бы на одном языке.</translation>
    </message>
    <message>
        <source>Sheet “{sheet}”, row {row}, column {column}: write a whole number from 0 to 10.</source>
        <translation>Лист «{sheet}», строка {row}, столбец {column}: впишите целое число от 0 до 10.</translation>
    </message>
    <message>
        <source>Sheet “{sheet}”, row {row}, column {column}: the values must increase from row to row.</source>
        <translation>Лист «{sheet}», строка {row}, столбец {column}: значения должны возрастать от строки к строке.</translation>
    </message>
    <message>
        <source>Sheet “{sheet}”, row {row}, column {column}: the weight must be a number above 0 and up to 100.</source>
        <translation>Лист «{sheet}», строка {row}, столбец {column}: вес — число больше 0 и не больше 100.</translation>
    </message>
    <message>
        <source>Sheet “{sheet}”, row {row}, column {column}: “{value}” is not a known mechanism.</source>
        <translation>Лист «{sheet}», строка {row}, столбец {column}: «{value}» — неизвестный механизм.</translation>
    </message>
    <message>
        <source>Sheet “{sheet}”, row {row}, column {column}: level {value} is not a value of the scale.</source>
        <translation>Лист «{sheet}», строка {row}, столбец {column}: уровня {value} нет в шкале.</translation>
    </message>
    <message>
        <source>Sheet “{sheet}”, row {row}, column {column}: the first criterion needs its section.</source>
        <translation>Лист «{sheet}», строка {row}, столбец {column}: у первого критерия должен быть раздел.</translation>
    </message>
    <message>
        <source>Sheet “{sheet}”: at least {count} rows are needed below the header.</source>
        <translation>Лист «{sheet}»: под заголовком нужно не меньше {count} строк.</translation>
    </message>
    <message>
        <source>“{path}” cannot be read as an .xlsx workbook.</source>
        <translation>«{path}» не удаётся прочитать как книгу .xlsx.</translation>
    </message>
    <message>
        <source>The checklist in the workbook is not valid: {problem}</source>
        <translation>Чек-лист в книге содержит ошибку: {problem}</translation>
    </message>
    <message>
        <source>The sheet “{sheet}” of the package lacks the columns: {columns}.</source>
        <translation>На листе «{sheet}» пакета нет столбцов: {columns}.</translation>
    </message>
    <message>
        <source>“{file}” is not an observations package: it has no sheet “{sheet}”. Export one with File ▸ Export ▸ Observations package.</source>
        <translation>«{file}» — не пакет наблюдений: в нём нет листа «{sheet}». Создайте пакет через Файл ▸ Экспорт ▸ Пакет наблюдений.</translation>
    </message>
    <message>
        <source>The sheet “{sheet}” has more than {limit} rows, the limit set in Settings. Split the file or raise the limit.</source>
        <translation>На листе «{sheet}» больше {limit} строк — предела, заданного в настройках. Разделите файл или увеличьте предел.</translation>
    </message>
    <message>
        <source>Reading “{file}” took longer than {limit} seconds, the limit for one file; it was stopped and nothing was written.</source>
        <translation>Чтение файла «{file}» заняло больше {limit} с — предела для одного файла; оно остановлено, ничего не записано.</translation>
    </message>
    <message>
        <source>“{file}” is {size} MB, more than the {limit} MB an incoming file may have; it was not opened.</source>
        <translation>Файл «{file}» весит {size} МБ — больше {limit} МБ, допустимых для входящего файла; он не открыт.</translation>
    </message>
    <message>
        <source>“{file}” unpacks to {size} MB, more than the {limit} MB an incoming file may unpack to; it was not opened (it may be damaged or malicious).</source>
        <translation>Файл «{file}» распаковывается в {size} МБ — больше {limit} МБ, допустимых для входящего файла; он не открыт (он может быть повреждён или вредоносен).</translation>
    </message>
    <message>
        <source>“{file}” unpacks to {size} MB in its part {entry}, {ratio} times its packed size (at most {limit} times is allowed); it was not opened (it may be damaged or malicious).</source>
        <translation>Файл «{file}» распаковывается в {size} МБ в своей части {entry} — в {ratio} раз больше сжатого размера (допустимо не более чем в {limit} раз); он не открыт (он может быть повреждён или вредоносен).</translation>
    </message>
    <message>
        <source>“{file}” holds XML with a document type declaration (in {entry}), which no spreadsheet needs and which can hide entities or links to a network; it was not opened.</source>
        <translation>Файл «{file}» содержит XML с объявлением типа документа (в {entry}); электронной таблице оно не нужно, а за ним могут скрываться сущности или ссылки в сеть; файл не открыт.</translation>
    </message>
    <message>
        <source>“{file}” has {count} sheets, more than the {limit} an incoming file may have.</source>
        <translation>В файле «{file}» {count} листов — больше {limit}, допустимых для входящего файла.</translation>
    </message>
    <message>
        <source>The sheet “{sheet}” of “{file}” reaches row {count}, beyond the {limit} rows an incoming sheet may have.</source>
        <translation>Лист «{sheet}» файла «{file}» доходит до строки {count} — дальше {limit} строк, допустимых для входящего листа.</translation>
    </message>
    <message>
        <source>The sheet “{sheet}” of “{file}” reaches column {column} ({count}), beyond the {limit} columns an incoming sheet may have.</source>
        <translation>Лист «{sheet}» файла «{file}» доходит до столбца {column} ({count}) — дальше {limit} столбцов, допустимых для входящего листа.</translation>
    </message>
    <message>
        <source>A cell of “{file}” ({where}) holds more than the {limit} characters one cell may hold.</source>
        <translation>Ячейка файла «{file}» ({where}) содержит больше {limit} знаков, допустимых в одной ячейке.</translation>
    </message>
    <message>
        <source>“{file}” is damaged or incomplete (it may have been cut off while copying). Ask for the file again.</source>
        <translation>Файл «{file}» повреждён или неполон (возможно, обрезан при копировании). Попросите прислать его снова.</translation>
    </message>
    <message>
        <source>The number of graduates must be a whole number of 0 or more, not “{value}”.</source>
        <translation>Число выпускников — целое число от 0, а не «{value}».</translation>
    </message>
    <message>
        <source>{file} is not a graduates template of EduQA. Make one with File ▸ Surveys ▸ Import graduates… ▸ Blank template.</source>
        <translation>{file} — не шаблон выпускников EduQA. Создайте его: Файл ▸ Опросы ▸ Импорт выпускников… ▸ Пустой шаблон.</translation>
    </message>
    <message>
        <source>“{value}” is not a destination of graduates this app knows.</source>
        <translation>«{value}» — неизвестное направление выпускников.</translation>
    </message>
    <message>
        <source>{file}: the header row (“Destination”, “Grade 9”, “Grade 11”) is missing.</source>
        <translation>{file}: нет строки заголовка («Куда», «9 класс», «11 класс»).</translation>
    </message>
    <message>
        <source>The columns “Grade 9” and “Grade 11” are missing.</source>
        <translation>Нет столбцов «9 класс» и «11 класс».</translation>
    </message>
    <message>
        <source>Write the partner organisation's name.</source>
        <translation>Впишите название организации-партнёра.</translation>
    </message>
    <message>
        <source>The grade is 9 or 11, not “{value}”.</source>
        <translation>Класс — 9 или 11, а не «{value}».</translation>
    </message>
    <message>
        <source>“{value}” is not a way of placement: write dual education, internship or work.</source>
        <translation>«{value}» — не способ направления: впишите дуальное обучение, практику или работу.</translation>
    </message>
    <message>
        <source>The teacher “{name}” (rows {rows}) fits several teachers: {candidates}. Choose one.</source>
        <translation>Учитель «{name}» (строки {rows}) подходит к нескольким учителям: {candidates}. Выберите одного.</translation>
    </message>
    <message>
        <source>The teacher “{name}” (rows {rows}) is not in this school. Map them to a teacher or create them (--create-missing).</source>
        <translation>Учителя «{name}» (строки {rows}) нет в этой школе. Сопоставьте его с учителем или создайте (--create-missing).</translation>
    </message>
    <message>
        <source>“{file}”, sheet “{sheet}”, row {row}, column {column}: {problem}</source>
        <translation>«{file}», лист «{sheet}», строка {row}, столбец {column}: {problem}</translation>
    </message>
    <message>
        <source>“{file}” is not a questionnaire workbook: expected a sheet of statements with the columns {columns}.</source>
        <translation>«{file}» — не книга анкеты: ожидался лист утверждений со столбцами {columns}.</translation>
    </message>
    <message>
        <source>The questionnaire in “{file}” is not valid: {problem}</source>
        <translation>Анкета в «{file}» составлена неверно: {problem}</translation>
    </message>
    <message>
        <source>The file does not say which academic year it is for: add a column “Academic year”, write it in the title (“1 четверть 2025-2026”) or choose it.</source>
        <translation>В файле не указан учебный год: добавьте столбец «Учебный год», напишите его в заголовке («1 четверть 2025-2026») или выберите его.</translation>
    </message>
    <message>
        <source>The file does not say which quarter it is for: add a column “Quarter”, write it in the title (“I chorak”) or choose it.</source>
        <translation>В файле не указана четверть: добавьте столбец «Четверть», напишите её в заголовке («1 четверть») или выберите её.</translation>
    </message>
    <message>
        <source>{value} is not a quarter (1–4).</source>
        <translation>{value} — не четверть (1–4).</translation>
    </message>
    <message>
        <source>Pupils with a mark ({marked}) + not attested ({na}) + exempt ({exempt}) = {used}, more than the {size} pupils in the class.</source>
        <translation>С оценкой ({marked}) + не аттестовано ({na}) + освобождены ({exempt}) = {used} — больше, чем {size} учащихся в классе.</translation>
    </message>
    <message>
        <source>This cell must not be empty.</source>
        <translation>Эта ячейка не должна быть пустой.</translation>
    </message>
    <message>
        <source>“{value}” is not an academic year; write it like 2025-2026.</source>
        <translation>«{value}» — не учебный год; пишите как 2025-2026.</translation>
    </message>
    <message>
        <source>“{file}” is not a school package: it has no sheet “{sheet}”. A school makes one with File ▸ Send to the district….</source>
        <translation>«{file}» — не пакет школы: в нём нет листа «{sheet}». Школа составляет его через Файл ▸ Отправить в район….</translation>
    </message>
    <message>
        <source>The school package “{file}” lacks the sheet “{sheet}”: it is damaged or was altered. Ask the school to send it again.</source>
        <translation>В пакете школы «{file}» нет листа «{sheet}»: он повреждён или изменён. Попросите школу прислать его снова.</translation>
    </message>
    <message>
        <source>The sheet “{sheet}” of the school package “{file}” lacks the columns: {columns}. Ask the school to send it again.</source>
        <translation>На листе «{sheet}» пакета школы «{file}» нет столбцов: {columns}. Попросите школу прислать его снова.</translation>
    </message>
    <message>
        <source>The school package “{file}” was changed after it was made (its checksum does not match), so it was not read. Ask the school to send it again.</source>
        <translation>Пакет школы «{file}» изменён после составления (контрольная сумма не совпадает), поэтому он не прочитан. Попросите школу прислать его снова.</translation>
    </message>
    <message>
        <source>The school package “{file}” was made by a newer version of EduQA Desktop ({version}). Install that version to receive it.</source>
        <translation>Пакет школы «{file}» составлен более новой версией EduQA Desktop ({version}). Установите эту версию, чтобы принять его.</translation>
    </message>
    <message>
        <source>This teacher is already listed in row {other}.</source>
        <translation>Этот учитель уже указан в строке {other}.</translation>
    </message>
    <message>
        <source>The personnel number {value} is already given to another teacher in row {other}; each teacher has their own.</source>
        <translation>Табельный номер {value} уже указан у другого учителя в строке {other}; у каждого учителя свой номер.</translation>
    </message>
    <message>
        <source>“{value}” is not a category; write oliy, birinchi, ikkinchi or mutaxassis (высшая, первая, вторая, специалист).</source>
        <translation>«{value}» — не категория; напишите высшая, первая, вторая или специалист (oliy, birinchi, ikkinchi, mutaxassis).</translation>
    </message>
    <message>
        <source>{value} years of experience is impossible (at most {limit}).</source>
        <translation>Стаж {value} лет невозможен (не более {limit}).</translation>
    </message>
    <message>
        <source>The date {value} is in the future.</source>
        <translation>Дата {value} — в будущем.</translation>
    </message>
    <message>
        <source>{file} is not a survey template of EduQA. Make one with File ▸ Surveys ▸ Blank survey template.</source>
        <translation>{file} — не шаблон опроса EduQA. Создайте его: Файл ▸ Опросы ▸ Пустой шаблон опроса.</translation>
    </message>
    <message>
        <source>{file}: the hidden sheet “eduqa” was changed; make a new template.</source>
        <translation>{file}: скрытый лист «eduqa» изменён; создайте новый шаблон.</translation>
    </message>
    <message>
        <source>{file}: the header row of the answers (“No.” or “Respondent”) is missing.</source>
        <translation>{file}: нет строки заголовков ответов («№» или «Респондент»).</translation>
    </message>
    <message>
        <source>The quarter is 1, 2, 3 or 4, not “{value}”.</source>
        <translation>Четверть — это 1, 2, 3 или 4, а не «{value}».</translation>
    </message>
    <message>
        <source>The number of questionnaires returned must be a whole number, not “{value}”.</source>
        <translation>Число заполненных анкет должно быть целым числом, а не «{value}».</translation>
    </message>
    <message>
        <source>The header must have the columns 1, 2, 3, 4 and 5 of the answers.</source>
        <translation>В заголовке должны быть столбцы ответов 1, 2, 3, 4 и 5.</translation>
    </message>
    <message>
        <source>Expected the statement's number here, not “{value}”.</source>
        <translation>Здесь ожидался номер утверждения, а не «{value}».</translation>
    </message>
    <message>
        <source>How many answered {answer}: expected a whole number 0 or more, not “{value}”.</source>
        <translation>Сколько ответили {answer}: ожидалось целое число от 0, а не «{value}».</translation>
    </message>
    <message>
        <source>Statement {number} is written twice.</source>
        <translation>Утверждение {number} записано дважды.</translation>
    </message>
    <message>
        <source>Statement {number} has {answers} answers but only {respondents} questionnaires were returned.</source>
        <translation>У утверждения {number} ответов {answers}, а заполнено только {respondents} анкет.</translation>
    </message>
    <message>
        <source>The header has no statement numbers.</source>
        <translation>В заголовке нет номеров утверждений.</translation>
    </message>
    <message>
        <source>An answer is 1, 2, 3, 4 or 5 (or empty), not “{value}”.</source>
        <translation>Ответ — это 1, 2, 3, 4 или 5 (или пусто), а не «{value}».</translation>
    </message>
    <message>
        <source>{file} is not an .xlsx workbook. Save it from Excel as .xlsx and import that.</source>
        <translation>{file} — не книга .xlsx. Сохраните её в Excel как .xlsx и импортируйте.</translation>
    </message>
    <message>
        <source>{file} cannot be read as a workbook: {reason}</source>
        <translation>{file} не удаётся прочитать как книгу Excel: {reason}</translation>
    </message>
    <message>
        <source>The file “{file}” does not exist.</source>
        <translation>Файла «{file}» не существует.</translation>
    </message>
    <message>
        <source>The file “{file}” cannot be read: {reason}</source>
        <translation>Файл «{file}» не удаётся прочитать: {reason}</translation>
    </message>
    <message>
        <source>The file “{file}” is empty (0 bytes).</source>
        <translation>Файл «{file}» пуст (0 байт).</translation>
    </message>
    <message>
        <source>“{file}” is a text (CSV) file, not a spreadsheet. Open it in Excel or LibreOffice and save it as .xlsx.</source>
        <translation>«{file}» — текстовый файл (CSV), а не таблица. Откройте его в Excel или LibreOffice и сохраните как .xlsx.</translation>
    </message>
    <message>
        <source>“{file}” is a {kind} file, not a spreadsheet. Choose an .xlsx, .xls or .ods file.</source>
        <translation>«{file}» — файл {kind}, а не таблица. Выберите файл .xlsx, .xls или .ods.</translation>
    </message>
    <message>
        <source>“{file}” is not a spreadsheet. Choose an .xlsx, .xls or .ods file.</source>
        <translation>«{file}» — не таблица. Выберите файл .xlsx, .xls или .ods.</translation>
    </message>
    <message>
        <source>“{file}” is a Word document, not a spreadsheet. Choose an .xlsx, .xls or .ods file.</source>
        <translation>«{file}» — документ Word, а не таблица. Выберите файл .xlsx, .xls или .ods.</translation>
    </message>
    <message>
        <source>“{file}” is protected with a password. Open it in Excel or LibreOffice, remove the password (save without one) and import that copy.</source>
        <translation>Файл «{file}» защищён паролем. Откройте его в Excel или LibreOffice, снимите пароль (сохраните без него) и импортируйте эту копию.</translation>
    </message>
    <message>
        <source>Cells {cells} of the sheet “{sheet}” hold formulas without a calculated value. Open the file in Excel or LibreOffice, let it calculate, save it and import it again.</source>
        <translation>Ячейки {cells} листа «{sheet}» содержат формулы без вычисленного значения. Откройте файл в Excel или LibreOffice, дайте ему пересчитать, сохраните и импортируйте снова.</translation>
    </message>
    <message>
        <source>“{value}” is not a date this program can read; write it like 24.11.2026.</source>
        <translation>«{value}» — дата в непонятном формате; пишите как 24.11.2026.</translation>
    </message>
    <message>
        <source>The date {value} is impossible.</source>
        <translation>Дата {value} невозможна.</translation>
    </message>
    <message>
        <source>“{value}” is not a number.</source>
        <translation>«{value}» — не число.</translation>
    </message>
    <message>
        <source>{value} is impossible here: it cannot be negative.</source>
        <translation>{value} здесь невозможно: число не может быть отрицательным.</translation>
    </message>
    <message>
        <source>{value} is impossible here: a whole number is needed.</source>
        <translation>{value} здесь невозможно: нужно целое число.</translation>
    </message>
    <message>
        <source>{value} is impossible here: it is far too large.</source>
        <translation>{value} здесь невозможно: слишком большое число.</translation>
    </message>
    <message>
        <source>“{file}” holds no data: every sheet is empty.</source>
        <translation>В файле «{file}» нет данных: все листы пусты.</translation>
    </message>
    <message>
        <source>No sheet in “{file}” has the expected columns: {columns}. Use the template (File ▸ Export ▸ Template).</source>
        <translation>Ни на одном листе файла «{file}» нет нужных столбцов: {columns}. Воспользуйтесь шаблоном (Файл ▸ Экспорт ▸ Шаблон).</translation>
    </message>
    <message>
        <source>The sheet “{sheet}” of “{file}” lacks the columns: {columns}.</source>
        <translation>На листе «{sheet}» файла «{file}» нет столбцов: {columns}.</translation>
    </message>
    <message>
        <source>Columns {first} and {second} are both “{header}” but hold different values (“{a}” and “{b}”); keep only one of them.</source>
        <translation>Столбцы {first} и {second} оба названы «{header}», но содержат разные значения («{a}» и «{b}»); оставьте только один из них.</translation>
    </message>
    <message>
        <source>“{file}”, sheet “{sheet}”, row {row}, column {column}: “{value}” is not a weight; expected a number above 0 and up to 100.</source>
        <translation>«{file}», лист «{sheet}», строка {row}, столбец {column}: «{value}» — не вес; ожидалось число больше 0 и не больше 100.</translation>
    </message>
    <message>
        <source>“{file}”, sheet “{sheet}”, row {row}, column {column}: “{value}” is not a known mechanism; expected some of: {known}.</source>
        <translation>«{file}», лист «{sheet}», строка {row}, столбец {column}: «{value}» — неизвестный механизм; ожидались какие-то из: {known}.</translation>
    </message>
    <message>
        <source>the question type “{type}” has no place in a checklist</source>
        <translation>вопросу типа «{type}» нет места в чек-листе</translation>
    </message>
    <message>
        <source>its choices (“{list}”) are not an ordered scale</source>
        <translation>его варианты («{list}») не образуют упорядоченную шкалу</translation>
    </message>
    <message>
        <source>its scale (“{list}”) is not the checklist's scale (“{scale}”)</source>
        <translation>его шкала («{list}») — не шкала чек-листа («{scale}»)</translation>
    </message>
    <message>
        <source>inside a repeat</source>
        <translation>внутри повторяющейся группы (repeat)</translation>
    </message>
    <message>
        <source>the texts in “{language}”</source>
        <translation>тексты на языке «{language}»</translation>
    </message>
    <message>
        <source>its condition (relevant: {value}); the criterion itself is carried over</source>
        <translation>его условие (relevant: {value}); сам критерий перенесён</translation>
    </message>
    <message>
        <source>its hint; the criterion itself is carried over</source>
        <translation>его подсказка; сам критерий перенесён</translation>
    </message>
    <message>
        <source>“{file}” is not an XLSForm: expected a sheet “survey” with a “type” column; its sheets are: {sheets}.</source>
        <translation>«{file}» — не XLSForm: ожидался лист «survey» со столбцом «type»; листы файла: {sheets}.</translation>
    </message>
    <message>
        <source>“{file}”, sheet “{sheet}”, row 1: the column “{column}” is missing; expected it in the header row.</source>
        <translation>«{file}», лист «{sheet}», строка 1: нет столбца «{column}»; он ожидался в строке заголовков.</translation>
    </message>
    <message>
        <source>“{file}”, sheet “{sheet}”, row {row}, column {column}: the choice list “{list}” is not in the sheet “choices”; expected one of: {lists}.</source>
        <translation>«{file}», лист «{sheet}», строка {row}, столбец {column}: списка вариантов «{list}» нет на листе «choices»; ожидался один из: {lists}.</translation>
    </message>
    <message>
        <source>“{file}”, sheet “{sheet}”, row {row}, column {column}: “{type}” closes nothing that is open here; expected “{expected}”.</source>
        <translation>«{file}», лист «{sheet}», строка {row}, столбец {column}: «{type}» ничего не закрывает — здесь ничего такого не открыто; ожидалось «{expected}».</translation>
    </message>
    <message>
        <source>“{file}”, sheet “{sheet}”, row {row}, column {column}: “{name}”, begun here, is never closed; expected “{expected}” below it.</source>
        <translation>«{file}», лист «{sheet}», строка {row}, столбец {column}: «{name}», начатая здесь, нигде не закрыта; ниже ожидалось «{expected}».</translation>
    </message>
    <message>
        <source>“{file}”, sheet “{sheet}”, row {row}, column {column}: the choice list “{list}” has the values {values}; expected a scale of whole numbers from 0 to 10 without gaps.</source>
        <translation>«{file}», лист «{sheet}», строка {row}, столбец {column}: в списке вариантов «{list}» значения {values}; ожидалась шкала из целых чисел от 0 до 10 без пропусков.</translation>
    </message>
    <message>
        <source>“{file}”, sheet “survey”: no question can become a criterion; expected at least one “select_one” question whose choices are an ordered scale (such as 1, 2, 3, 4).</source>
        <translation>«{file}», лист «survey»: ни один вопрос не может стать критерием; ожидался хотя бы один вопрос «select_one», варианты которого образуют упорядоченную шкалу (например, 1, 2, 3, 4).</translation>
    </message>
    <message>
        <source>“{file}”, sheet “{sheet}”, row {row}, column {column}: the name “{name}” is already used in row {first}; expected each name once.</source>
        <translation>«{file}», лист «{sheet}», строка {row}, столбец {column}: имя «{name}» уже занято в строке {first}; каждое имя ожидалось один раз.</translation>
    </message>
    <message>
        <source>“{file}”, sheet “{sheet}”, row {row}, column {column}: the choice “{name}” is already in the list “{list}” (row {first}); expected each choice once in its list.</source>
        <translation>«{file}», лист «{sheet}», строка {row}, столбец {column}: вариант «{name}» уже есть в списке «{list}» (строка {first}); каждый вариант ожидался в своём списке один раз.</translation>
    </message>
    <message>
        <source>“{file}”, sheet “{sheet}”, row {row}, column {column}: “{name}” has no label; expected its text in at least one language.</source>
        <translation>«{file}», лист «{sheet}», строка {row}, столбец {column}: у «{name}» нет подписи (label); ожидался текст хотя бы на одном языке.</translation>
    </message>
    <message>
        <source>“{file}”: the checklist made from the form is not valid: {problem}</source>
        <translation>«{file}»: чек-лист, составленный по форме, неверен: {problem}</translation>
    </message>
    <message>
        <source>The account “{login}” has been disabled or removed: log in again.</source>
        <translation>Учётная запись «{login}» отключена или удалена: войдите снова.</translation>
    </message>
    <message>
        <source>This database has accounts: log in first (on the command line: --user NAME).</source>
        <translation>В этой базе есть учётные записи: сначала войдите (в командной строке: --user ИМЯ).</translation>
    </message>
    <message>
        <source>The account “{login}” does not reach this school. Ask the administrator to assign it.</source>
        <translation>Учётной записи «{login}» не назначена эта школа. Попросите администратора назначить её.</translation>
    </message>
    <message>
        <source>The account “{login}” sees only its own schools: choose one of them.</source>
        <translation>Учётной записи «{login}» видны только её школы: выберите одну из них.</translation>
    </message>
    <message>
        <source>The account “{login}” may not see this data.</source>
        <translation>Учётной записи «{login}» нельзя просматривать эти данные.</translation>
    </message>
    <message>
        <source>The account “{login}” may not record or change observations.</source>
        <translation>Учётной записи «{login}» нельзя записывать и изменять наблюдения.</translation>
    </message>
    <message>
        <source>The account “{login}” may not change checklists.</source>
        <translation>Учётной записи «{login}» нельзя изменять листы наблюдения.</translation>
    </message>
    <message>
        <source>The account “{login}” may not change the visit plan.</source>
        <translation>Учётной записи «{login}» нельзя изменять план посещений.</translation>
    </message>
    <message>
        <source>The account “{login}” may not change teachers or their activities.</source>
        <translation>Учётной записи «{login}» нельзя изменять учителей и их деятельность.</translation>
    </message>
    <message>
        <source>The account “{login}” may not enter or change results.</source>
        <translation>Учётной записи «{login}» нельзя вводить и изменять результаты.</translation>
    </message>
    <message>
        <source>The account “{login}” may not import files or packages.</source>
        <translation>Учётной записи «{login}» нельзя импортировать файлы и пакеты.</translation>
    </message>
    <message>
        <source>The account “{login}” may not add schools, years or terms.</source>
        <translation>Учётной записи «{login}» нельзя добавлять школы, учебные годы и четверти.</translation>
    </message>
    <message>
        <source>The account “{login}” may not change the settings.</source>
        <translation>Учётной записи «{login}» нельзя изменять настройки.</translation>
    </message>
    <message>
        <source>The account “{login}” may not back up or restore the database.</source>
        <translation>Учётной записи «{login}» нельзя создавать и восстанавливать резервные копии.</translation>
    </message>
    <message>
        <source>The account “{login}” may not manage accounts.</source>
        <translation>Учётной записи «{login}» нельзя управлять учётными записями.</translation>
    </message>
    <message>
        <source>The name or the password is wrong.</source>
        <translation>Неверное имя или пароль.</translation>
    </message>
    <message>
        <source>The account “{login}” is locked after {tries} wrong passwords. Try again in {minutes} min, or ask the administrator to reset the password.</source>
        <translation>Учётная запись «{login}» заблокирована после {tries} неверных паролей. Попробуйте снова через {minutes} мин или попросите администратора сбросить пароль.</translation>
    </message>
    <message>
        <source>The account “{login}” is disabled. Ask the administrator.</source>
        <translation>Учётная запись «{login}» отключена. Обратитесь к администратору.</translation>
    </message>
    <message>
        <source>Write a login name.</source>
        <translation>Укажите имя для входа.</translation>
    </message>
    <message>
        <source>An account “{login}” already exists.</source>
        <translation>Учётная запись «{login}» уже существует.</translation>
    </message>
    <message>
        <source>A login name is at most 100 characters.</source>
        <translation>Имя для входа — не длиннее 100 символов.</translation>
    </message>
    <message>
        <source>A password needs at least {count} characters.</source>
        <translation>Пароль должен содержать не менее {count} символов.</translation>
    </message>
    <message>
        <source>The first account must be an administrator, who then creates the others.</source>
        <translation>Первая учётная запись должна быть администратором — он создаёт остальные.</translation>
    </message>
    <message>
        <source>Choose the school of a school account.</source>
        <translation>Выберите школу для учётной записи школы.</translation>
    </message>
    <message>
        <source>Choose at least one school for a methodologist or inspector.</source>
        <translation>Выберите хотя бы одну школу для методиста или инспектора.</translation>
    </message>
    <message>
        <source>The chosen school is not in this database.</source>
        <translation>Выбранной школы нет в этой базе.</translation>
    </message>
    <message>
        <source>“{login}” is the last active administrator: make another administrator first.</source>
        <translation>«{login}» — последний действующий администратор: сначала назначьте другого администратора.</translation>
    </message>
    <message>
        <source>The account no longer exists.</source>
        <translation>Этой учётной записи больше нет.</translation>
    </message>
    <message>
        <source>This activity type is no longer in the catalogue.</source>
        <translation>Этого вида деятельности больше нет в справочнике.</translation>
    </message>
    <message>
        <source>Give the activity type a name.</source>
        <translation>Дайте виду деятельности название.</translation>
    </message>
    <message>
        <source>The name is longer than {limit} characters.</source>
        <translation>Название длиннее {limit} символов.</translation>
    </message>
    <message>
        <source>A professional-development course is counted in hours.</source>
        <translation>Курсы повышения квалификации считаются в часах.</translation>
    </message>
    <message>
        <source>The catalogue already has a type named “{name}”.</source>
        <translation>В справочнике уже есть вид «{name}».</translation>
    </message>
    <message>
        <source>{count} activities are of this type, so it cannot be deleted. Archive it instead.</source>
        <translation>Записей этого вида: {count}, поэтому его нельзя удалить. Отправьте его в архив.</translation>
    </message>
    <message>
        <source>This teacher is no longer in the database.</source>
        <translation>Этого учителя больше нет в базе.</translation>
    </message>
    <message>
        <source>This date is in the future.</source>
        <translation>Эта дата ещё не наступила.</translation>
    </message>
    <message>
        <source>The quantity must be a number.</source>
        <translation>Количество должно быть числом.</translation>
    </message>
    <message>
        <source>The quantity must be more than 0 and at most {limit}.</source>
        <translation>Количество должно быть больше 0 и не больше {limit}.</translation>
    </message>
    <message>
        <source>A place is a number from 1 to 100.</source>
        <translation>Место — число от 1 до 100.</translation>
    </message>
    <message>
        <source>Unknown level “{level}”.</source>
        <translation>Неизвестный уровень «{level}».</translation>
    </message>
    <message>
        <source>The note is longer than {limit} characters.</source>
        <translation>Примечание длиннее {limit} символов.</translation>
    </message>
    <message>
        <source>This activity is no longer in the database.</source>
        <translation>Этой записи о деятельности больше нет в базе.</translation>
    </message>
    <message>
        <source>A backup could not be written: the folder {folder} is read-only or may not be written by you. Nothing was changed; keep the database in a folder you can write to.</source>
        <translation>Не удалось записать резервную копию: папка {folder} доступна только для чтения или вам запрещено в неё писать. Ничего не изменено; храните базу в папке, куда можно писать.</translation>
    </message>
    <message>
        <source>A backup could not be written: the disk of {folder} is full. Nothing was changed; free some space and try again.</source>
        <translation>Не удалось записать резервную копию: диск папки {folder} заполнен. Ничего не изменено; освободите место и повторите.</translation>
    </message>
    <message>
        <source>A backup could not be written to {folder} ({detail}). Nothing was changed.</source>
        <translation>Не удалось записать резервную копию в {folder} ({detail}). Ничего не изменено.</translation>
    </message>
    <message>
        <source>“{file}” is not an EduQA database; nothing was restored.</source>
        <translation>«{file}» — не база данных EduQA; ничего не восстановлено.</translation>
    </message>
    <message>
        <source>“{file}” is damaged ({detail}); nothing was restored. Choose another backup.</source>
        <translation>Файл «{file}» повреждён ({detail}); ничего не восстановлено. Выберите другую резервную копию.</translation>
    </message>
    <message>
        <source>A backup cannot replace the database itself; choose another file.</source>
        <translation>Резервная копия не может заменить саму базу данных; выберите другой файл.</translation>
    </message>
    <message>
        <source>“{value}” is not an academic year. Write it like 2025-2026.</source>
        <translation>«{value}» — не учебный год. Запишите его в виде 2025-2026.</translation>
    </message>
    <message>
        <source>Type your name in Settings first: co-observations are told apart by their observers.</source>
        <translation>Сначала укажите своё имя в настройках: совместные наблюдения различаются по наблюдателям.</translation>
    </message>
    <message>
        <source>Say which lesson is watched together, e.g. the video.</source>
        <translation>Укажите, какой урок смотрят вместе, например видеозапись.</translation>
    </message>
    <message>
        <source>There is no academic year {year} in this database.</source>
        <translation>В этой базе нет учебного года {year}.</translation>
    </message>
    <message>
        <source>“{format}” is not a checklist file format; use one of: {formats}.</source>
        <translation>«{format}» — не формат файла чек-листа; используйте один из: {formats}.</translation>
    </message>
    <message>
        <source>No checklist is called “{name}”. The checklists: {names}.</source>
        <translation>Чек-листа с названием «{name}» нет. Чек-листы: {names}.</translation>
    </message>
    <message>
        <source>Several checklists are called “{name}”; give the id of one: {ids}.</source>
        <translation>Название «{name}» носят несколько чек-листов; укажите номер (id) одного из них: {ids}.</translation>
    </message>
    <message>
        <source>This checklist no longer exists.</source>
        <translation>Этого чек-листа больше нет.</translation>
    </message>
    <message>
        <source>The checklist cannot be saved: {problem}</source>
        <translation>Чек-лист не удаётся сохранить: {problem}</translation>
    </message>
    <message>
        <source>A newer version of this checklist exists; edit that one.</source>
        <translation>Есть более новая версия этого чек-листа — изменяйте её.</translation>
    </message>
    <message>
        <source>Someone else saved this record after you opened it; nothing of yours was written yet.</source>
        <translation>Кто-то другой сохранил эту запись после того, как вы её открыли; ваши изменения пока не записаны.</translation>
    </message>
    <message>
        <source>A school named “{name}” is already in this file.</source>
        <translation>Школа «{name}» уже есть в этом файле.</translation>
    </message>
    <message>
        <source>The number of graduates cannot be negative.</source>
        <translation>Число выпускников не может быть отрицательным.</translation>
    </message>
    <message>
        <source>Graduates are counted for grades 9 and 11 only.</source>
        <translation>Выпускников считают только для 9 и 11 классов.</translation>
    </message>
    <message>
        <source>A placement with a partner is dual education, an internship or work.</source>
        <translation>Направление к партнёру — это дуальное обучение, практика или работа.</translation>
    </message>
    <message>
        <source>{placed} graduates are placed with partners for “{destination}”, but only {count} went there.</source>
        <translation>К партнёрам по направлению «{destination}» направлено {placed} выпускников, а пошли туда только {count}.</translation>
    </message>
    <message>
        <source>Say which academic year the graduates finished: fill it in the file or choose it for the import.</source>
        <translation>Укажите, в каком учебном году выпускники окончили школу: впишите в файл или выберите при импорте.</translation>
    </message>
    <message>
        <source>Partners took graduates of grade {grade}, but the grade's destinations are not filled in.</source>
        <translation>Партнёры приняли выпускников {grade} класса, но направления этого класса не заполнены.</translation>
    </message>
    <message>
        <source>The file has no graduates to import.</source>
        <translation>В файле нет выпускников для импорта.</translation>
    </message>
    <message>
        <source>{who} has been importing into this school since {time}. Wait until that import has finished, then import again; nothing was written.</source>
        <translation>{who} импортирует данные в эту школу с {time}. Дождитесь окончания того импорта и импортируйте снова; ничего не записано.</translation>
    </message>
    <message>
        <source>--map names the column “{name}”, which a {kind} file does not have. Use one of: {names}.</source>
        <translation>--map называет столбец «{name}», которого нет в файле вида {kind}. Используйте один из: {names}.</translation>
    </message>
    <message>
        <source>--map takes COLUMN=HEADER pairs separated by commas, not “{text}”.</source>
        <translation>--map принимает пары СТОЛБЕЦ=ЗАГОЛОВОК через запятую, а не «{text}».</translation>
    </message>
    <message>
        <source>“{value}” is not an activity type of this database; choose one from the list in the template.</source>
        <translation>«{value}» — нет такого вида деятельности в этой базе; выберите из списка в шаблоне.</translation>
    </message>
    <message>
        <source>This row repeats row {other}.</source>
        <translation>Эта строка повторяет строку {other}.</translation>
    </message>
    <message>
        <source>A place starts at 1.</source>
        <translation>Место начинается с 1.</translation>
    </message>
    <message>
        <source>{sections} sections, {criteria} criteria, scale {scale}; languages: {languages}; not carried over: {skipped}</source>
        <translation>разделов — {sections}, критериев — {criteria}, шкала {scale}; языки: {languages}; не перенесено: {skipped}</translation>
    </message>
    <message>
        <source>“{value}” is not a class name; write it like 7-A (grades 1–11).</source>
        <translation>«{value}» — не название класса; пишите как 7-А (классы 1–11).</translation>
    </message>
    <message>
        <source>the copy on this computer is final</source>
        <translation>копия на этом компьютере завершена</translation>
    </message>
    <message>
        <source>the copy on this computer is newer</source>
        <translation>копия на этом компьютере новее</translation>
    </message>
    <message>
        <source>this draft was deleted on this computer; it is not brought back</source>
        <translation>этот черновик удалён на этом компьютере; он не восстанавливается</translation>
    </message>
    <message>
        <source>deleted on this computer, but changed where the package was made after that</source>
        <translation>удалено на этом компьютере, но после этого изменено там, где сделан пакет</translation>
    </message>
    <message>
        <source>deleted on this computer as a draft, final in the package: brought back</source>
        <translation>удалено на этом компьютере как черновик, в пакете окончательное: восстановлено</translation>
    </message>
    <message>
        <source>changed on both computers</source>
        <translation>изменено на обоих компьютерах</translation>
    </message>
    <message>
        <source>this observation belongs to another school in this database</source>
        <translation>это наблюдение относится к другой школе в этой базе</translation>
    </message>
    <message>
        <source>This row of the package is damaged: {reason}</source>
        <translation>Эта строка пакета повреждена: {reason}</translation>
    </message>
    <message>
        <source>The checklist of this observation is missing from the package.</source>
        <translation>В пакете нет бланка этого наблюдения.</translation>
    </message>
    <message>
        <source>The sheet has no criterion columns (headed by the criterion number, like “1.1 …”). Use the observations template (File ▸ Export ▸ Template).</source>
        <translation>На листе нет столбцов критериев (в заголовке — номер критерия, например «1.1 …»). Используйте шаблон наблюдений (Файл ▸ Экспорт ▸ Шаблон).</translation>
    </message>
    <message>
        <source>The lesson date {value} lies in the future.</source>
        <translation>Дата урока {value} ещё не наступила.</translation>
    </message>
    <message>
        <source>The lesson period must lie between 1 and {last}.</source>
        <translation>Номер урока должен быть от 1 до {last}.</translation>
    </message>
    <message>
        <source>“{value}” is not a checklist of this database; choose one from the list in the template.</source>
        <translation>«{value}» — нет такого бланка наблюдения в этой базе; выберите бланк из списка в шаблоне.</translation>
    </message>
    <message>
        <source>“{value}” is not a purpose of a visit; choose one from the list in the template.</source>
        <translation>«{value}» — не цель посещения; выберите цель из списка в шаблоне.</translation>
    </message>
    <message>
        <source>The checklist “{checklist}” has no criterion {number}.</source>
        <translation>В бланке «{checklist}» нет критерия {number}.</translation>
    </message>
    <message>
        <source>Criterion {number}: “{value}” is not a level of this checklist; write one of {levels}, or N when it does not apply.</source>
        <translation>Критерий {number}: «{value}» — не уровень этого бланка; впишите одно из значений {levels} или N, если критерий не применим.</translation>
    </message>
    <message>
        <source>The score is calculated from the criteria: write the level of each criterion in its column (the Score column is only compared with it).</source>
        <translation>Балл вычисляется по критериям: впишите уровень каждого критерия в его столбец (столбец «Балл» только сверяется с ним).</translation>
    </message>
    <message>
        <source>The criteria give a score of {computed} %, the row says {value} %. Check the levels, or clear the Score cell.</source>
        <translation>По критериям получается {computed} %, а в строке указано {value} %. Проверьте уровни или очистите ячейку «Балл».</translation>
    </message>
    <message>
        <source>final</source>
        <translation>завершено</translation>
    </message>
    <message>
        <source>draft: no level for {numbers}</source>
        <translation>черновик: нет уровня у {numbers}</translation>
    </message>
    <message>
        <source>This lesson is in the database as a final observation, so every criterion needs a level or N; criteria without one: {numbers}.</source>
        <translation>Этот урок уже есть в базе как завершённое наблюдение, поэтому у каждого критерия должен быть уровень или N; без уровня: {numbers}.</translation>
    </message>
    <message>
        <source>deleted where the package was made, but final here: a package never deletes a final observation</source>
        <translation>удалено там, где сделан пакет, но здесь окончательное: пакет никогда не удаляет окончательное наблюдение</translation>
    </message>
    <message>
        <source>deleted where the package was made, but changed here after that</source>
        <translation>удалено там, где сделан пакет, но после этого изменено здесь</translation>
    </message>
    <message>
        <source>deleted where the package was made</source>
        <translation>удалено там, где сделан пакет</translation>
    </message>
    <message>
        <source>personnel number {number}: “{incoming}” in the package, “{local}” on this computer — “{incoming}” is added without the number</source>
        <translation>табельный номер {number}: в пакете «{incoming}», на этом компьютере «{local}» — «{incoming}» добавлен без номера</translation>
    </message>
    <message>
        <source>another person holds this personnel number on this computer</source>
        <translation>на этом компьютере этот табельный номер у другого человека</translation>
    </message>
    <message>
        <source>This row repeats row {other} (same class, subject, teacher, term).</source>
        <translation>Эта строка повторяет строку {other} (тот же класс, предмет, учитель и четверть).</translation>
    </message>
    <message>
        <source>The file “{file}” clashes with records in this database ({detail}); nothing was written. Send the file and the database to support.</source>
        <translation>Файл «{file}» противоречит записям этой базы ({detail}); ничего не записано. Отправьте файл и базу в службу поддержки.</translation>
    </message>
    <message>
        <source>“{file}” is a school's package for the district. Receive it with File ▸ Receive school packages…, which adds its school and all its records.</source>
        <translation>«{file}» — пакет школы для района. Примите его через Файл ▸ Принять пакеты школ…: так добавятся его школа и все записи.</translation>
    </message>
    <message>
        <source>This database already has a school “{name}” ({district}) that is another school (another identity); the package was not merged. Rename one of them, or ask the school which it is.</source>
        <translation>В этой базе уже есть школа «{name}» ({district}), но это другая школа (другой идентификатор); пакет не принят. Переименуйте одну из них или уточните у школы, какая это.</translation>
    </message>
    <message>
        <source>The sheet “{sheet}”, row {row}, of the package is damaged: {reason}</source>
        <translation>Лист «{sheet}», строка {row} пакета повреждена: {reason}</translation>
    </message>
    <message>
        <source>The sheet “{sheet}”, row {row}: this record belongs to another school in this database.</source>
        <translation>Лист «{sheet}», строка {row}: эта запись принадлежит другой школе этой базы.</translation>
    </message>
    <message>
        <source>The sheet “{sheet}”, row {row}, names a {what} the package does not carry.</source>
        <translation>Лист «{sheet}», строка {row}: указан объект ({what}), которого нет в пакете.</translation>
    </message>
    <message>
        <source>deleted on this computer, but changed at school after that</source>
        <translation>удалено на этом компьютере, но после этого изменено в школе</translation>
    </message>
    <message>
        <source>another school of this database has the same name</source>
        <translation>у другой школы этой базы такое же название</translation>
    </message>
    <message>
        <source>There is no quarter {term} of {year} in this file.</source>
        <translation>В этом файле нет {term} четверти {year}.</translation>
    </message>
    <message>
        <source>This observation no longer exists.</source>
        <translation>Этого наблюдения больше нет.</translation>
    </message>
    <message>
        <source>Choose the teacher whose lesson you saw.</source>
        <translation>Выберите учителя, чей урок вы посетили.</translation>
    </message>
    <message>
        <source>Choose a checklist.</source>
        <translation>Выберите чек-лист.</translation>
    </message>
    <message>
        <source>The chosen class no longer exists.</source>
        <translation>Выбранного класса больше нет.</translation>
    </message>
    <message>
        <source>The chosen subject no longer exists.</source>
        <translation>Выбранного предмета больше нет.</translation>
    </message>
    <message>
        <source>A score belongs to a criterion of another checklist.</source>
        <translation>Оценка относится к критерию другого чек-листа.</translation>
    </message>
    <message>
        <source>Criterion {number}: {value} is not a level of this checklist.</source>
        <translation>Критерий {number}: {value} — не уровень этого чек-листа.</translation>
    </message>
    <message>
        <source>This checklist takes no time-on-task snapshots.</source>
        <translation>В этом чек-листе нет срезов учебного времени.</translation>
    </message>
    <message>
        <source>Snapshot {number} is not one of this lesson.</source>
        <translation>Среза {number} в этом уроке нет.</translation>
    </message>
    <message>
        <source>Snapshot {number}: pupils off task must lie between 0 and {top}.</source>
        <translation>Срез {number}: число отвлёкшихся учащихся должно быть от 0 до {top}.</translation>
    </message>
    <message>
        <source>The lesson date is in the future. Type the day of the lesson.</source>
        <translation>Дата урока — в будущем. Введите день, когда проходил урок.</translation>
    </message>
    <message>
        <source>The next steps are due before the lesson date. Type a later date or leave it empty.</source>
        <translation>Срок следующих шагов раньше даты урока. Введите более позднюю дату или оставьте поле пустым.</translation>
    </message>
    <message>
        <source>This observation is final. Use Correct to change it, with a reason.</source>
        <translation>Это наблюдение окончательное. Чтобы изменить его, используйте «Исправить» с указанием причины.</translation>
    </message>
    <message>
        <source>{count} criteria have no level yet ({numbers}). Give each a level or mark it N/A, then finalize.</source>
        <translation>Критериев без уровня: {count} ({numbers}). Поставьте каждому уровень или отметьте «н/п», затем завершите.</translation>
    </message>
    <message>
        <source>Say why the observation is corrected.</source>
        <translation>Укажите, почему наблюдение исправляется.</translation>
    </message>
    <message>
        <source>Only a final observation can be corrected.</source>
        <translation>Исправлять можно только окончательное наблюдение.</translation>
    </message>
    <message>
        <source>Someone else corrected this observation meanwhile. Open it again.</source>
        <translation>За это время наблюдение исправил кто-то другой. Откройте его заново.</translation>
    </message>
    <message>
        <source>A final observation cannot be deleted; it can be corrected.</source>
        <translation>Окончательное наблюдение нельзя удалить — его можно исправить.</translation>
    </message>
    <message>
        <source>The questionnaire cannot be saved: {problem}</source>
        <translation>Анкету нельзя сохранить: {problem}</translation>
    </message>
    <message>
        <source>This questionnaire is for another group.</source>
        <translation>Эта анкета — для другой группы.</translation>
    </message>
    <message>
        <source>This questionnaire no longer exists.</source>
        <translation>Этой анкеты больше нет.</translation>
    </message>
    <message>
        <source>A newer version of this questionnaire exists; edit that one.</source>
        <translation>Есть более новая версия этой анкеты; редактируйте её.</translation>
    </message>
    <message>
        <source>There is no questionnaire for {group} in use.</source>
        <translation>Для группы {group} нет действующей анкеты.</translation>
    </message>
    <message>
        <source>The academic year {year} is not in this file.</source>
        <translation>В этом файле нет {year} учебного года.</translation>
    </message>
    <message>
        <source>Quarter {term} of {year} is not in this file.</source>
        <translation>В этом файле нет {term} четверти {year} учебного года.</translation>
    </message>
    <message>
        <source>Row {row}: fill in “{column}”.</source>
        <translation>Строка {row}: заполните «{column}».</translation>
    </message>
    <message>
        <source>Row {row}: “{column}” must be a number, not “{value}”.</source>
        <translation>Строка {row}: в «{column}» должно быть число, а не «{value}».</translation>
    </message>
    <message>
        <source>Row {row}: “{column}” must be a whole number, not {value}.</source>
        <translation>Строка {row}: в «{column}» должно быть целое число, а не {value}.</translation>
    </message>
    <message>
        <source>Row {row}: “{column}” cannot be negative ({value}).</source>
        <translation>Строка {row}: «{column}» не может быть отрицательным ({value}).</translation>
    </message>
    <message>
        <source>Row {row}: {marked} with a mark + {not_attested} not attested + {exempt} exempt = {used} pupils, more than the {size} pupils in the class.</source>
        <translation>Строка {row}: с оценкой {marked} + не аттестовано {not_attested} + освобождено {exempt} = {used} учащихся, больше, чем {size} в классе.</translation>
    </message>
    <message>
        <source>Row {row}: “{value}” is not a class name; write it like 7-A.</source>
        <translation>Строка {row}: «{value}» — не название класса; пишите как 7-A.</translation>
    </message>
    <message>
        <source>Row {row}: there is no subject “{value}”; choose one from the list.</source>
        <translation>Строка {row}: предмета «{value}» нет; выберите из списка.</translation>
    </message>
    <message>
        <source>Row {row}: “{value}” fits several subjects ({candidates}); choose one.</source>
        <translation>Строка {row}: «{value}» подходит к нескольким предметам ({candidates}); выберите один.</translation>
    </message>
    <message>
        <source>Row {row}: there is no teacher “{value}” in this school.</source>
        <translation>Строка {row}: в этой школе нет учителя «{value}».</translation>
    </message>
    <message>
        <source>Row {row}: “{value}” fits several teachers ({candidates}); choose one.</source>
        <translation>Строка {row}: «{value}» подходит к нескольким учителям ({candidates}); выберите одного.</translation>
    </message>
    <message>
        <source>Row {row}: the same class, subject and teacher as row {other}.</source>
        <translation>Строка {row}: тот же класс, предмет и учитель, что в строке {other}.</translation>
    </message>
    <message>
        <source>Row {row}: this class, subject and teacher already have results in this term.</source>
        <translation>Строка {row}: у этого класса, предмета и учителя уже есть результаты за эту четверть.</translation>
    </message>
    <message>
        <source>Row {row}: {count} cells, but the table has only {columns} columns.</source>
        <translation>Строка {row}: ячеек {count}, а в таблице только {columns} столбцов.</translation>
    </message>
    <message>
        <source>This term or school is no longer in the database.</source>
        <translation>Этой четверти или школы больше нет в базе.</translation>
    </message>
    <message>
        <source>A results row was deleted meanwhile; refresh and try again.</source>
        <translation>Тем временем строка результатов была удалена; обновите (F5) и попробуйте снова.</translation>
    </message>
    <message>
        <source>The results could not be saved: {reason}. Check the rows.</source>
        <translation>Результаты не удалось сохранить: {reason}. Проверьте строки.</translation>
    </message>
    <message>
        <source>This results row is no longer in the database.</source>
        <translation>Этой строки результатов больше нет в базе.</translation>
    </message>
    <message>
        <source>A quarter is numbered 1 to 4, not {term}.</source>
        <translation>Четверть нумеруется от 1 до 4, а не {term}.</translation>
    </message>
    <message>
        <source>The school no longer exists.</source>
        <translation>Этой школы больше нет.</translation>
    </message>
    <message>
        <source>Cancelled while this file was being merged: nothing of it was written.</source>
        <translation>Отменено во время слияния этого файла: из него ничего не записано.</translation>
    </message>
    <message>
        <source>Not received: the batch was cancelled before it.</source>
        <translation>Не принят: приём отменён раньше, чем дошла очередь до него.</translation>
    </message>
    <message>
        <source>The package clashes with records in this database ({detail}); nothing of it was written.</source>
        <translation>Пакет противоречит записям этой базы ({detail}); из него ничего не записано.</translation>
    </message>
    <message>
        <source>The folder “{folder}” holds no .xlsx files.</source>
        <translation>В папке «{folder}» нет файлов .xlsx.</translation>
    </message>
    <message>
        <source>This school no longer exists.</source>
        <translation>Этой школы больше нет.</translation>
    </message>
    <message>
        <source>Enter the name of the school.</source>
        <translation>Введите название школы.</translation>
    </message>
    <message>
        <source>The school name is longer than {limit} characters.</source>
        <translation>Название школы длиннее {limit} символов.</translation>
    </message>
    <message>
        <source>This file holds no school yet.</source>
        <translation>В этом файле пока нет школы.</translation>
    </message>
    <message>
        <source>This file holds {count} schools; name one with --school.</source>
        <translation>В этом файле {count} школ(ы); укажите одну через --school.</translation>
    </message>
    <message>
        <source>There is no school named “{name}” in this file.</source>
        <translation>В этом файле нет школы «{name}».</translation>
    </message>
    <message>
        <source>“{value}” is not a group; choose one of {choices}.</source>
        <translation>«{value}» — не группа; выберите одну из: {choices}.</translation>
    </message>
    <message>
        <source>“{value}” is not a layout; choose one of {choices}.</source>
        <translation>«{value}» — не вид шаблона; выберите один из: {choices}.</translation>
    </message>
    <message>
        <source>Say which academic year and quarter the survey was in: fill them in the file or choose them for the import.</source>
        <translation>Укажите учебный год и четверть опроса: впишите их в файл или выберите при импорте.</translation>
    </message>
    <message>
        <source>The file was made from version {version} of the “{code}” questionnaire, which this database does not have. Make a new template and type the answers into it.</source>
        <translation>Файл сделан по версии {version} анкеты «{code}», которой нет в этой базе. Создайте новый шаблон и впишите ответы в него.</translation>
    </message>
    <message>
        <source>The questionnaire has no statement {number} (it has 1 to {last}).</source>
        <translation>В анкете нет утверждения {number} (в ней утверждения с 1 по {last}).</translation>
    </message>
    <message>
        <source>The file has no answers to import.</source>
        <translation>В файле нет ответов для импорта.</translation>
    </message>
    <message>
        <source>The questionnaire has no statement {number}.</source>
        <translation>В анкете нет утверждения {number}.</translation>
    </message>
    <message>
        <source>The survey's quarter or size is wrong.</source>
        <translation>Четверть или число участников опроса указаны неверно.</translation>
    </message>
    <message>
        <source>There is no teacher with the id {id} in this file.</source>
        <translation>В этом файле нет учителя с идентификатором {id}.</translation>
    </message>
    <message>
        <source>Enter the teacher's name.</source>
        <translation>Введите ФИО учителя.</translation>
    </message>
    <message>
        <source>A name needs letters, not only signs.</source>
        <translation>В имени должны быть буквы, а не только знаки.</translation>
    </message>
    <message>
        <source>The personnel number is longer than {limit} characters.</source>
        <translation>Табельный номер длиннее {limit} символов.</translation>
    </message>
    <message>
        <source>Experience must be between 0 and {limit} years.</source>
        <translation>Стаж должен быть от 0 до {limit} лет.</translation>
    </message>
    <message>
        <source>The personnel number {number} already belongs to {name}.</source>
        <translation>Табельный номер {number} уже занят: {name}.</translation>
    </message>
    <message>
        <source>{name} is already in the list. If this is another person, give both a personnel number.</source>
        <translation>{name} уже есть в списке. Если это другой человек, укажите обоим табельные номера.</translation>
    </message>
    <message>
        <source>A chosen subject is no longer in the database.</source>
        <translation>Выбранного предмета больше нет в базе.</translation>
    </message>
    <message>
        <source>The school “{school}” written in the file is not in this database.</source>
        <translation>Школы «{school}», указанной в файле, нет в этой базе.</translation>
    </message>
    <message>
        <source>Choose a school first.</source>
        <translation>Сначала выберите школу.</translation>
    </message>
    <message>
        <source>There is no academic year {year} in this file.</source>
        <translation>В этом файле нет учебного года {year}.</translation>
    </message>
    <message>
        <source>There is no quarter {term} in this file.</source>
        <translation>В этом файле нет {term}-й четверти.</translation>
    </message>
    <message>
        <source>Choose the teacher to visit.</source>
        <translation>Выберите учителя для посещения.</translation>
    </message>
    <message>
        <source>Choose the month of the visit.</source>
        <translation>Выберите месяц посещения.</translation>
    </message>
    <message>
        <source>The day of the visit must fall in the chosen month.</source>
        <translation>День посещения должен быть в выбранном месяце.</translation>
    </message>
    <message>
        <source>This planned visit no longer exists.</source>
        <translation>Этого запланированного посещения больше нет.</translation>
    </message>
    <message>
        <source>The academic year {year} has no quarters.</source>
        <translation>В учебном году {year} нет четвертей.</translation>
    </message>
    <message>
        <source>Choose a quarter of the year.</source>
        <translation>Выберите четверть учебного года.</translation>
    </message>
</context>
<context>
    <name>NetworkMenus</name>
    <message>
        <source>Send to the district…</source>
        <translation>Отправить в район…</translation>
    </message>
    <message>
        <source>Receive school packages…</source>
        <translation>Принять пакеты школ…</translation>
    </message>
    <message>
        <source>Submissions…</source>
        <translation>Сдача отчётов…</translation>
    </message>
</context>
<context>
    <name>NextStepsPanel</name>
    <message>
        <source>What to suggest, who could help</source>
        <translation>Что предложить, кто может помочь</translation>
    </message>
    <message>
        <source>No weak criteria yet: a few scored observations are needed.</source>
        <translation>Слабых критериев пока нет: нужно несколько оценённых посещений.</translation>
    </message>
    <message>
        <source>Suggest: {step}</source>
        <translation>Предложить: {step}</translation>
    </message>
    <message>
        <source>The checklist has no next step for this criterion.</source>
        <translation>В листе наблюдения нет следующего шага для этого критерия.</translation>
    </message>
    <message>
        <source>No colleague of the same subject or department is strong in it yet.</source>
        <translation>Пока нет коллеги того же предмета или МО, сильного в этом.</translation>
    </message>
    <message>
        <source>Plan a peer visit</source>
        <translation>Запланировать взаимопосещение</translation>
    </message>
    <message>
        <source>Add to the visit plan: {teacher} visits a lesson of {mentor}</source>
        <translation>Добавить в план посещений: {teacher} посещает урок {mentor}</translation>
    </message>
    <message>
        <source>same subject</source>
        <translation>тот же предмет</translation>
    </message>
    <message>
        <source>same department</source>
        <translation>то же МО</translation>
    </message>
    <message>
        <source>{name} ({why}): {score} in {visits} visit(s)</source>
        <translation>{name} ({why}): {score}, посещений: {visits}</translation>
    </message>
    <message>
        <source>Peer visit to learn: {criterion}</source>
        <translation>Взаимопосещение, чтобы перенять: {criterion}</translation>
    </message>
    <message>
        <source>Planned for {month}: {teacher} visits a lesson of {mentor}.</source>
        <translation>Запланировано на {month}: {teacher} посещает урок {mentor}.</translation>
    </message>
</context>
<context>
    <name>ObservationConflict</name>
    <message>
        <source>N/A</source>
        <translation>н/п</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Lesson period</source>
        <translation>Урок</translation>
    </message>
    <message>
        <source>Observer</source>
        <translation>Наблюдатель</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Тема</translation>
    </message>
    <message>
        <source>Strengths</source>
        <translation>Сильные стороны</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>Рекомендации</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>Следующие шаги</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Цель</translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation>Учитель</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Класс</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Предмет</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Чек-лист</translation>
    </message>
    <message>
        <source>Criterion {number}</source>
        <translation>Критерий {number}</translation>
    </message>
</context>
<context>
    <name>ObservationFilters</name>
    <message>
        <source>Search teacher, class, subject, topic…</source>
        <translation>Поиск: учитель, класс, предмет, тема…</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Поиск</translation>
    </message>
    <message>
        <source>All teachers</source>
        <translation>Все учителя</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>Все МО</translation>
    </message>
    <message>
        <source>All subjects</source>
        <translation>Все предметы</translation>
    </message>
    <message>
        <source>All observers</source>
        <translation>Все наблюдатели</translation>
    </message>
    <message>
        <source>All purposes</source>
        <translation>Все цели</translation>
    </message>
    <message>
        <source>Draft and final</source>
        <translation>Черновики и окончательные</translation>
    </message>
    <message>
        <source>All bands</source>
        <translation>Все уровни</translation>
    </message>
    <message>
        <source>From</source>
        <translation>С</translation>
    </message>
    <message>
        <source>To</source>
        <translation>По</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Сбросить</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Даты</translation>
    </message>
    <message>
        <source>{shown} of {total} shown</source>
        <translation>Показано {shown} из {total}</translation>
    </message>
</context>
<context>
    <name>ObservationForm</name>
    <message>
        <source>Unsaved changes</source>
        <translation>Есть несохранённые изменения</translation>
    </message>
    <message>
        <source>Change the checklist</source>
        <translation>Сменить чек-лист</translation>
    </message>
    <message>
        <source>The levels given so far belong to the other checklist and will be cleared. Change the checklist?</source>
        <translation>Уже поставленные уровни относятся к другому чек-листу и будут сброшены. Сменить чек-лист?</translation>
    </message>
    <message>
        <source>Calibration session: {note}</source>
        <translation>Калибровочное занятие: {note}</translation>
    </message>
    <message>
        <source>Co-observed lesson: compare the observers in Observations ▸ Calibration…</source>
        <translation>Урок посещён вместе: сравните наблюдателей в «Наблюдения ▸ Калибровка…»</translation>
    </message>
    <message>
        <source>Choose the teacher first: the observation is saved once it has a teacher.</source>
        <translation>Сначала выберите учителя: наблюдение сохраняется, как только выбран учитель.</translation>
    </message>
    <message>
        <source>Not saved: choose the teacher first.</source>
        <translation>Не сохранено: сначала выберите учителя.</translation>
    </message>
    <message>
        <source>Choose a checklist first: the observation is saved once it has one.</source>
        <translation>Сначала выберите чек-лист: наблюдение сохраняется, как только он выбран.</translation>
    </message>
    <message>
        <source>Not saved: choose a checklist first.</source>
        <translation>Не сохранено: сначала выберите чек-лист.</translation>
    </message>
    <message>
        <source>The correction is not saved yet: Save correction keeps it, Cancel correction leaves the observation as it was.</source>
        <translation>Исправление ещё не сохранено: «Сохранить исправление» запишет его, «Отменить исправление» оставит наблюдение как было.</translation>
    </message>
    <message>
        <source>Save the observation</source>
        <translation>Сохранение наблюдения</translation>
    </message>
    <message>
        <source>{reason} What you typed stays in the form.</source>
        <translation>{reason} Введённое остаётся в форме.</translation>
    </message>
    <message>
        <source>Saved at {time}</source>
        <translation>Сохранено в {time}</translation>
    </message>
    <message>
        <source>Someone else saved this observation</source>
        <translation>Кто-то другой сохранил это наблюдение</translation>
    </message>
    <message>
        <source>Not saved: someone else saved this observation meanwhile.</source>
        <translation>Не сохранено: тем временем это наблюдение сохранил кто-то другой.</translation>
    </message>
    <message>
        <source>Finalize</source>
        <translation>Завершение</translation>
    </message>
    <message>
        <source>{count} criteria have no level yet. Give each a level or mark it N/A (key N).</source>
        <translation>Критериев без уровня: {count}. Поставьте каждому уровень или отметьте «н/п» (клавиша N).</translation>
    </message>
    <message>
        <source>Finalize the observation</source>
        <translation>Завершить наблюдение</translation>
    </message>
    <message>
        <source>Finalize this observation now? It becomes read-only; a later change needs a reason and is kept as a correction. Enter finalizes, Esc goes back to it.</source>
        <translation>Завершить наблюдение сейчас? Оно станет доступно только для чтения; позднее изменение потребует причины и сохранится как исправление. Enter — завершить, Esc — вернуться к наблюдению.</translation>
    </message>
    <message>
        <source>Finalize now</source>
        <translation>Завершить</translation>
    </message>
    <message>
        <source>Observation finalized.</source>
        <translation>Наблюдение завершено.</translation>
    </message>
    <message>
        <source>Correct the observation</source>
        <translation>Исправление наблюдения</translation>
    </message>
    <message>
        <source>Why is it corrected? The reason is kept with the observation.</source>
        <translation>Почему вносится исправление? Причина сохранится вместе с наблюдением.</translation>
    </message>
    <message>
        <source>Nothing was changed; the observation stays as it was.</source>
        <translation>Ничего не изменено; наблюдение осталось прежним.</translation>
    </message>
    <message>
        <source>Correction saved.</source>
        <translation>Исправление сохранено.</translation>
    </message>
    <message>
        <source>Cancel the correction</source>
        <translation>Отменить исправление</translation>
    </message>
    <message>
        <source>Discard the changes of this correction? The observation stays as it was.</source>
        <translation>Отбросить изменения этого исправления? Наблюдение останется прежним.</translation>
    </message>
    <message>
        <source>Correction cancelled; nothing was changed.</source>
        <translation>Исправление отменено; ничего не изменено.</translation>
    </message>
    <message>
        <source>Leave the observation</source>
        <translation>Выход из наблюдения</translation>
    </message>
    <message>
        <source>{reason} Leave it and lose what you typed?</source>
        <translation>{reason} Выйти и потерять введённое?</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Печать</translation>
    </message>
    <message>
        <source>Save or cancel the correction first: the report shows what is saved.</source>
        <translation>Сначала сохраните или отмените исправление: в отчёт попадает сохранённое.</translation>
    </message>
    <message>
        <source>Choose the teacher first.</source>
        <translation>Сначала выберите учителя.</translation>
    </message>
    <message>
        <source>Close the window</source>
        <translation>Закрытие окна</translation>
    </message>
    <message>
        <source>{reason} Close anyway and lose what you typed? Choose No to go back to the observation.</source>
        <translation>{reason} Всё равно закрыть и потерять введённое? Нажмите «Нет», чтобы вернуться к наблюдению.</translation>
    </message>
    <message>
        <source>The observation you started is kept here; nothing was lost.</source>
        <translation>Начатое наблюдение осталось в форме — ничего не потеряно.</translation>
    </message>
</context>
<context>
    <name>ObservationHeader</name>
    <message>
        <source>Type a name…</source>
        <translation>Введите имя…</translation>
    </message>
    <message>
        <source>What the lesson was about</source>
        <translation>О чём был урок</translation>
    </message>
    <message>
        <source>School</source>
        <translation>Школа</translation>
    </message>
    <message>
        <source>Teacher*</source>
        <translation>Учитель*</translation>
    </message>
    <message>
        <source>Date*</source>
        <translation>Дата*</translation>
    </message>
    <message>
        <source>Lesson period</source>
        <translation>Урок №</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Класс</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Предмет</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Цель</translation>
    </message>
    <message>
        <source>Checklist*</source>
        <translation>Чек-лист*</translation>
    </message>
    <message>
        <source>Observer</source>
        <translation>Наблюдатель</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Тема</translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation>Учитель</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Чек-лист</translation>
    </message>
    <message>
        <source>{name} (left)</source>
        <translation>{name} (уволен)</translation>
    </message>
    <message>
        <source>Choose the teacher: the draft is saved once a teacher is chosen.</source>
        <translation>Выберите учителя: черновик сохраняется, как только учитель выбран.</translation>
    </message>
</context>
<context>
    <name>ObservationLabels</name>
    <message>
        <source>Planned internal control</source>
        <translation>Плановый ВШК</translation>
    </message>
    <message>
        <source>Thematic check</source>
        <translation>Тематическая проверка</translation>
    </message>
    <message>
        <source>Support and mentoring</source>
        <translation>Поддержка и наставничество</translation>
    </message>
    <message>
        <source>Follow-up visit</source>
        <translation>Повторное посещение</translation>
    </message>
    <message>
        <source>Attestation</source>
        <translation>Аттестация</translation>
    </message>
    <message>
        <source>Open lesson</source>
        <translation>Открытый урок</translation>
    </message>
    <message>
        <source>Peer visit</source>
        <translation>Взаимопосещение</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Черновик</translation>
    </message>
    <message>
        <source>Final</source>
        <translation>Окончательное</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Высокий</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Хороший</translation>
    </message>
    <message>
        <source>Needs improvement</source>
        <translation>Требует улучшения</translation>
    </message>
    <message>
        <source>Unsatisfactory</source>
        <translation>Неудовлетворительный</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Выполнено</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>В этом месяце</translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation>Предстоит</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Просрочено</translation>
    </message>
    <message>
        <source>Yearly round</source>
        <translation>Годовой график</translation>
    </message>
    <message>
        <source>New teacher</source>
        <translation>Молодой учитель</translation>
    </message>
    <message>
        <source>Low score</source>
        <translation>Низкий балл</translation>
    </message>
    <message>
        <source>Dual education and employer cooperation</source>
        <translation>Дуальное обучение и работодатели</translation>
    </message>
    <message>
        <source>Innovative pedagogical technologies</source>
        <translation>Инновационные педтехнологии</translation>
    </message>
    <message>
        <source>Personalised education</source>
        <translation>Персонализированное обучение</translation>
    </message>
    <message>
        <source>Project-based education</source>
        <translation>Проектное обучение</translation>
    </message>
    <message>
        <source>Practice and internships</source>
        <translation>Практика и стажировки</translation>
    </message>
    <message>
        <source>Mentoring</source>
        <translation>Наставничество</translation>
    </message>
    <message>
        <source>Assessment and reflection</source>
        <translation>Оценивание и рефлексия</translation>
    </message>
    <message>
        <source>Continuous professional development</source>
        <translation>Непрерывное повышение квалификации</translation>
    </message>
</context>
<context>
    <name>ObservationListModel</name>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation>Учитель</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Класс</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Предмет</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Цель</translation>
    </message>
    <message>
        <source>Observer</source>
        <translation>Наблюдатель</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Чек-лист</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Балл</translation>
    </message>
    <message>
        <source>Band</source>
        <translation>Уровень</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>{status}, corrected</source>
        <translation>{status}, исправлено</translation>
    </message>
</context>
<context>
    <name>ObservationPrinting</name>
    <message>
        <source>Lesson observation</source>
        <translation>Наблюдение урока</translation>
    </message>
    <message>
        <source>observations.pdf</source>
        <translation>наблюдения.pdf</translation>
    </message>
    <message>
        <source>Save the observation as PDF</source>
        <translation>Сохранить наблюдение в PDF</translation>
    </message>
</context>
<context>
    <name>ObservationReport</name>
    <message>
        <source>Final</source>
        <translation>Окончательное</translation>
    </message>
    <message>
        <source>DRAFT — not finalized</source>
        <translation>ЧЕРНОВИК — не завершено</translation>
    </message>
    <message>
        <source>Lesson observation</source>
        <translation>Наблюдение урока</translation>
    </message>
    <message>
        <source>version {version}</source>
        <translation>версия {version}</translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation>Учитель</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Класс</translation>
    </message>
    <message>
        <source>Lesson period</source>
        <translation>Урок №</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Предмет</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Цель посещения</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Тема урока</translation>
    </message>
    <message>
        <source>Observer</source>
        <translation>Наблюдатель</translation>
    </message>
    <message>
        <source>Follow-up of</source>
        <translation>Повторное после</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Раздел</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Балл</translation>
    </message>
    <message>
        <source>Band</source>
        <translation>Уровень</translation>
    </message>
    <message>
        <source>Overall score</source>
        <translation>Итоговый балл</translation>
    </message>
    <message>
        <source>N/A</source>
        <translation>н/п</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Критерий</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Уровень</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Комментарий</translation>
    </message>
    <message>
        <source>(due {date})</source>
        <translation>(срок {date})</translation>
    </message>
    <message>
        <source>Strengths</source>
        <translation>Сильные стороны</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>Рекомендации</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>Следующие шаги</translation>
    </message>
    <message>
        <source>Correction {number} of {date} by {who}: {reason}</source>
        <translation>Исправление {number} от {date}, {who}: {reason}</translation>
    </message>
    <message>
        <source>I have read the observation</source>
        <translation>С наблюдением ознакомлен(а)</translation>
    </message>
    <message>
        <source>Record digest {digest}: “eduqa audit verify --digest {digest}” checks that the record of this observation has not been edited since it was printed.</source>
        <translation>Отпечаток записи {digest}: команда «eduqa audit verify --digest {digest}» проверяет, что запись об этом наблюдении не изменялась после печати.</translation>
    </message>
    <message>
        <source>signature</source>
        <translation>подпись</translation>
    </message>
</context>
<context>
    <name>ObservationsTab</name>
    <message>
        <source>Observations</source>
        <translation>Наблюдения</translation>
    </message>
    <message>
        <source>Visit plan</source>
        <translation>План посещений</translation>
    </message>
    <message>
        <source>Checklists…</source>
        <translation>Чек-листы…</translation>
    </message>
    <message>
        <source>New observation</source>
        <translation>Новое наблюдение</translation>
    </message>
    <message>
        <source>Observe a lesson (Ctrl+N)</source>
        <translation>Посетить урок (Ctrl+N)</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <source>Follow-up visit</source>
        <translation>Повторное посещение</translation>
    </message>
    <message>
        <source>A new observation prefilled from the chosen one</source>
        <translation>Новое наблюдение, заполненное по выбранному</translation>
    </message>
    <message>
        <source>Co-observe</source>
        <translation>Совместное наблюдение</translation>
    </message>
    <message>
        <source>Another observer's record of the same lesson, to compare the two</source>
        <translation>Запись того же урока другим наблюдателем — чтобы сравнить обе</translation>
    </message>
    <message>
        <source>Calibration…</source>
        <translation>Калибровка…</translation>
    </message>
    <message>
        <source>Delete draft</source>
        <translation>Удалить черновик</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Печать…</translation>
    </message>
    <message>
        <source>The chosen observations on a printer</source>
        <translation>Выбранные наблюдения на принтер</translation>
    </message>
    <message>
        <source>PDF…</source>
        <translation>PDF…</translation>
    </message>
    <message>
        <source>The chosen observations as PDF</source>
        <translation>Выбранные наблюдения в PDF</translation>
    </message>
    <message>
        <source>No school is set up in this file yet.</source>
        <translation>В этом файле ещё нет школы.</translation>
    </message>
    <message>
        <source>No observations yet.</source>
        <translation>Наблюдений пока нет.</translation>
    </message>
    <message>
        <source>Observe a lesson</source>
        <translation>Посетить урок</translation>
    </message>
    <message>
        <source>No observation matches the filters.</source>
        <translation>Нет наблюдений, подходящих под фильтры.</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Сбросить фильтры</translation>
    </message>
    <message>
        <source>Delete the draft of {teacher} of {date}?</source>
        <translation>Удалить черновик: {teacher}, {date}?</translation>
    </message>
    <message>
        <source>Delete {count} drafts?</source>
        <translation>Удалить черновики ({count})?</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Печать</translation>
    </message>
    <message>
        <source>Choose the observations to print in the list.</source>
        <translation>Выберите в списке наблюдения для печати.</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>New password for “{login}”</source>
        <translation>Новый пароль для «{login}»</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <source>The same password again</source>
        <translation>Тот же пароль ещё раз</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Пароль:</translation>
    </message>
    <message>
        <source>Again:</source>
        <translation>Ещё раз:</translation>
    </message>
    <message>
        <source>A password needs at least {count} characters.</source>
        <translation>Пароль должен содержать не менее {count} символов.</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>Пароли не совпадают.</translation>
    </message>
</context>
<context>
    <name>PdfPages</name>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>Страница {page} из {pages}</translation>
    </message>
</context>
<context>
    <name>PlannedVisitDialog</name>
    <message>
        <source>Planned visit</source>
        <translation>Запланированное посещение</translation>
    </message>
    <message>
        <source>Plan a visit</source>
        <translation>Запланировать посещение</translation>
    </message>
    <message>
        <source>Type a name…</source>
        <translation>Введите имя…</translation>
    </message>
    <message>
        <source>any day</source>
        <translation>любой день</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Teacher*</source>
        <translation>Учитель*</translation>
    </message>
    <message>
        <source>Month*</source>
        <translation>Месяц*</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>День</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Цель</translation>
    </message>
    <message>
        <source>Observer</source>
        <translation>Наблюдатель</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <source>Choose the teacher.</source>
        <translation>Выберите учителя.</translation>
    </message>
    <message>
        <source>The day must fall in the chosen month.</source>
        <translation>День должен быть в выбранном месяце.</translation>
    </message>
</context>
<context>
    <name>PlannedVisitNote</name>
    <message>
        <source>This observation is the visit planned for {month} ({purpose}).</source>
        <translation>Это наблюдение — запланированное посещение ({month}, «{purpose}»).</translation>
    </message>
    <message>
        <source>A visit to this teacher is planned for {month} ({purpose}). Once final, this observation counts as it.</source>
        <translation>Посещение этого учителя запланировано: {month}, цель — «{purpose}». Когда наблюдение будет завершено, оно засчитается как это посещение.</translation>
    </message>
    <message>
        <source>A visit to this teacher is planned for {month} as {planned}; this observation is {purpose}. Once final, it counts as that visit.</source>
        <translation>Посещение этого учителя запланировано: {month}, цель — «{planned}»; у этого наблюдения цель «{purpose}». Когда оно будет завершено, оно засчитается как запланированное посещение.</translation>
    </message>
    <message>
        <source>The visit planned for {month} was made on {day}.</source>
        <translation>Запланированное посещение ({month}) проведено {day}.</translation>
    </message>
    <message>
        <source>Make it {purpose}</source>
        <translation>Цель: «{purpose}»</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>Print</source>
        <translation>Печать</translation>
    </message>
    <message>
        <source>The printer could not print “{title}”. Check it and try again.</source>
        <translation>Принтер не смог напечатать «{title}». Проверьте его и попробуйте снова.</translation>
    </message>
    <message>
        <source>“{title}” sent to {printer}</source>
        <translation>«{title}» отправлено на {printer}</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Да</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Нет</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
</context>
<context>
    <name>QualityPanel</name>
    <message>
        <source>Quality of knowledge by subject — {period}</source>
        <translation>Качество знаний по предметам — {period}</translation>
    </message>
    <message>
        <source>Weakest first. Click a subject to see its classes and teachers.</source>
        <translation>Сначала самые слабые. Щёлкните предмет, чтобы увидеть его классы и учителей.</translation>
    </message>
    <message>
        <source>Quality of knowledge by grade — {period}</source>
        <translation>Качество знаний по параллелям — {period}</translation>
    </message>
    <message>
        <source>Weakest first. Click a grade to see its classes and teachers.</source>
        <translation>Сначала самые слабые. Щёлкните параллель, чтобы увидеть её классы и учителей.</translation>
    </message>
    <message>
        <source>All: {value}</source>
        <translation>Все: {value}</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Предмет</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Параллель</translation>
    </message>
    <message>
        <source>Click to see its classes and teachers.</source>
        <translation>Щёлкните, чтобы увидеть классы и учителей.</translation>
    </message>
    <message>
        <source>Quality of knowledge</source>
        <translation>Качество знаний</translation>
    </message>
    <message>
        <source>Other (summed)</source>
        <translation>Прочие (вместе)</translation>
    </message>
    <message>
        <source>{name}: classes and teachers — {period}</source>
        <translation>{name}: классы и учителя — {period}</translation>
    </message>
    <message>
        <source>Quality of knowledge, weakest first.</source>
        <translation>Качество знаний, сначала самые слабые.</translation>
    </message>
</context>
<context>
    <name>QuestionnaireEditor</name>
    <message>
        <source>Questionnaires</source>
        <translation>Анкеты</translation>
    </message>
    <message>
        <source>Version and survey rounds</source>
        <translation>Версия и опросы</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Ответили</translation>
    </message>
    <message>
        <source>Import .xlsx…</source>
        <translation>Импорт .xlsx…</translation>
    </message>
    <message>
        <source>Export .xlsx…</source>
        <translation>Экспорт .xlsx…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Печать…</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Версии</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>Undo changes</source>
        <translation>Отменить изменения</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>{group} · version {version}</source>
        <translation>{group} · версия {version}</translation>
    </message>
    <message>
        <source>{name}
Out of date: {languages}</source>
        <translation>{name}
Устарели: {languages}</translation>
    </message>
    <message>
        <source>Save the changes to this questionnaire?</source>
        <translation>Сохранить изменения этой анкеты?</translation>
    </message>
    <message>
        <source>Version {version}</source>
        <translation>Версия {version}</translation>
    </message>
    <message>
        <source>{version} (in use)</source>
        <translation>{version} (действующая)</translation>
    </message>
    <message>
        <source>No survey answered with it yet</source>
        <translation>По ней ещё не опрашивали</translation>
    </message>
    <message>
        <source>{year}, quarter {term} · {school}</source>
        <translation>{year}, {term}-я четверть · {school}</translation>
    </message>
    <message>
        <source>Respondents: {count}</source>
        <translation>Респондентов: {count}</translation>
    </message>
    <message>
        <source>Version {version}, surveys answered with it: {count}. Saving makes version {next}; those surveys keep version {version}.</source>
        <translation>Версия {version}, опросов по ней: {count}. Сохранение создаст версию {next}; за этими опросами останется версия {version}.</translation>
    </message>
    <message>
        <source>Version {version}, no survey answered with it yet.</source>
        <translation>Версия {version}, по ней ещё не опрашивали.</translation>
    </message>
    <message>
        <source>Save as a new version</source>
        <translation>Сохранить как новую версию</translation>
    </message>
    <message>
        <source>Surveys answered with this questionnaire: {count}. Save the changes as version {next}? Those surveys keep version {version}.</source>
        <translation>Опросов по этой анкете: {count}. Сохранить изменения как версию {next}? За этими опросами останется версия {version}.</translation>
    </message>
    <message>
        <source>Import a questionnaire</source>
        <translation>Импорт анкеты</translation>
    </message>
    <message>
        <source>questionnaire-{group}-v{version}.xlsx</source>
        <translation>анкета-{group}-v{version}.xlsx</translation>
    </message>
    <message>
        <source>Export the questionnaire</source>
        <translation>Экспорт анкеты</translation>
    </message>
</context>
<context>
    <name>QuestionnairePrintDialog</name>
    <message>
        <source>Print a questionnaire</source>
        <translation>Печать анкеты</translation>
    </message>
    <message>
        <source>Questionnaire for:</source>
        <translation>Анкета для:</translation>
    </message>
    <message>
        <source>Language of the form:</source>
        <translation>Язык анкеты:</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Сохранить в PDF…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Печать…</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Сохранить в PDF</translation>
    </message>
    <message>
        <source>The PDF could not be written. Close it or choose another folder.</source>
        <translation>Не удалось записать PDF. Закройте его или выберите другую папку.</translation>
    </message>
</context>
<context>
    <name>QuestionnaireSpecEditor</name>
    <message>
        <source>Texts in</source>
        <translation>Тексты на языке</translation>
    </message>
    <message>
        <source>They are up to date</source>
        <translation>Они актуальны</translation>
    </message>
    <message>
        <source>The texts in those languages were checked: remove the mark</source>
        <translation>Тексты на этих языках проверены: снять отметку</translation>
    </message>
    <message>
        <source>Name*</source>
        <translation>Название*</translation>
    </message>
    <message>
        <source>Introduction</source>
        <translation>Вступление</translation>
    </message>
    <message>
        <source>Statements</source>
        <translation>Утверждения</translation>
    </message>
    <message>
        <source>Add statement</source>
        <translation>Добавить утверждение</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Переместить выше</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Переместить ниже</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Утверждение</translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation>Направление</translation>
    </message>
    <message>
        <source>Mechanisms</source>
        <translation>Механизмы</translation>
    </message>
    <message>
        <source>⚠ Out of date after a change in another language: {languages}</source>
        <translation>⚠ Устарели после изменения на другом языке: {languages}</translation>
    </message>
</context>
<context>
    <name>ReceiveDialog</name>
    <message>
        <source>Receive school packages</source>
        <translation>Приём пакетов школ</translation>
    </message>
    <message>
        <source>Add the packages the schools sent (files, or a whole folder; you can also drag them here). Each package goes in on its own: one that is damaged or altered is refused and the others still go in.</source>
        <translation>Добавьте пакеты, присланные школами (файлы или целую папку; их можно и перетащить сюда). Каждый пакет принимается отдельно: повреждённый или изменённый отклоняется, остальные всё равно принимаются.</translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation>Добавить файлы…</translation>
    </message>
    <message>
        <source>Add a folder…</source>
        <translation>Добавить папку…</translation>
    </message>
    <message>
        <source>Clear the list</source>
        <translation>Очистить список</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>School</source>
        <translation>Школа</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Итог</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Создано</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Обновлено</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Без изменений</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Конфликты</translation>
    </message>
    <message>
        <source>This file: %p%</source>
        <translation>Этот файл: %p%</translation>
    </message>
    <message>
        <source>All files: %v of %m</source>
        <translation>Все файлы: %v из %m</translation>
    </message>
    <message>
        <source>Refusals are listed here.</source>
        <translation>Здесь перечислены отказы.</translation>
    </message>
    <message>
        <source>Check first</source>
        <translation>Сначала проверить</translation>
    </message>
    <message>
        <source>Read the packages and list the conflicts; nothing is written</source>
        <translation>Прочитать пакеты и показать конфликты; ничего не записывается</translation>
    </message>
    <message>
        <source>Receive</source>
        <translation>Принять</translation>
    </message>
    <message>
        <source>Who has sent…</source>
        <translation>Кто прислал…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>в очереди</translation>
    </message>
    <message>
        <source>Choose the school packages</source>
        <translation>Выберите пакеты школ</translation>
    </message>
    <message>
        <source>Choose the folder of packages</source>
        <translation>Выберите папку с пакетами</translation>
    </message>
    <message>
        <source>Checking school packages…</source>
        <translation>Проверка пакетов школ…</translation>
    </message>
    <message>
        <source>Receiving school packages…</source>
        <translation>Приём пакетов школ…</translation>
    </message>
    <message>
        <source>done</source>
        <translation>готово</translation>
    </message>
    <message>
        <source>receiving…</source>
        <translation>принимается…</translation>
    </message>
    <message>
        <source>Not sent yet: {names}</source>
        <translation>Ещё не прислали: {names}</translation>
    </message>
    <message>
        <source>Every school has sent its package.</source>
        <translation>Все школы прислали пакеты.</translation>
    </message>
    <message>
        <source>refused: nothing written</source>
        <translation>отклонён: ничего не записано</translation>
    </message>
    <message>
        <source>checked: would be received</source>
        <translation>проверено: будет принято</translation>
    </message>
    <message>
        <source>received</source>
        <translation>принят</translation>
    </message>
    <message>
        <source>{file}: {n} records deleted at school were deleted here too</source>
        <translation>{file}: записей, удалённых в школе и удалённых здесь: {n}</translation>
    </message>
    <message>
        <source>The packages could not be received.</source>
        <translation>Не удалось принять пакеты.</translation>
    </message>
</context>
<context>
    <name>ReportText</name>
    <message>
        <source>January</source>
        <translation>Январь</translation>
    </message>
    <message>
        <source>February</source>
        <translation>Февраль</translation>
    </message>
    <message>
        <source>March</source>
        <translation>Март</translation>
    </message>
    <message>
        <source>April</source>
        <translation>Апрель</translation>
    </message>
    <message>
        <source>May</source>
        <translation>Май</translation>
    </message>
    <message>
        <source>June</source>
        <translation>Июнь</translation>
    </message>
    <message>
        <source>July</source>
        <translation>Июль</translation>
    </message>
    <message>
        <source>August</source>
        <translation>Август</translation>
    </message>
    <message>
        <source>September</source>
        <translation>Сентябрь</translation>
    </message>
    <message>
        <source>October</source>
        <translation>Октябрь</translation>
    </message>
    <message>
        <source>November</source>
        <translation>Ноябрь</translation>
    </message>
    <message>
        <source>December</source>
        <translation>Декабрь</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore a backup</source>
        <translation>Восстановить резервную копию</translation>
    </message>
    <message>
        <source>Backups are made before every import, package received, upgrade and restore, in the folder {folder}. Choose one to see what restoring it would change.</source>
        <translation>Резервные копии делаются перед каждым импортом, получением пакета, обновлением и восстановлением, в папке {folder}. Выберите копию, чтобы увидеть, что изменит её восстановление.</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Создана</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Перед</translation>
    </message>
    <message>
        <source>There are no backups of this database yet.</source>
        <translation>Резервных копий этой базы пока нет.</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>Восстановить…</translation>
    </message>
    <message>
        <source>Restore from a file…</source>
        <translation>Восстановить из файла…</translation>
    </message>
    <message>
        <source>Restoring it would change nothing: every table has as many rows.</source>
        <translation>Восстановление ничего не изменит: во всех таблицах столько же строк.</translation>
    </message>
    <message>
        <source>Restoring it would change (now → after restoring):</source>
        <translation>Восстановление изменит (сейчас → после восстановления):</translation>
    </message>
    <message>
        <source>Replace the database with {what}? Its present state is backed up first, so this restore can itself be undone.</source>
        <translation>Заменить базу данных на {what}? Её текущее состояние сначала будет сохранено, так что и это восстановление можно отменить.</translation>
    </message>
    <message>
        <source>the backup of {date}</source>
        <translation>резервную копию от {date}</translation>
    </message>
    <message>
        <source>Restore from a file</source>
        <translation>Восстановить из файла</translation>
    </message>
    <message>
        <source>an import ({kind})</source>
        <translation>импорт ({kind})</translation>
    </message>
    <message>
        <source>an upgrade of the database</source>
        <translation>обновление базы данных</translation>
    </message>
    <message>
        <source>a restore</source>
        <translation>восстановление</translation>
    </message>
    <message>
        <source>made by hand</source>
        <translation>сделана вручную</translation>
    </message>
    <message>
        <source>a school package received</source>
        <translation>получение пакета школы</translation>
    </message>
    <message>
        <source>Teachers</source>
        <translation>Учителя</translation>
    </message>
    <message>
        <source>Observations</source>
        <translation>Наблюдения</translation>
    </message>
    <message>
        <source>Result rows</source>
        <translation>Строки результатов</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Деятельность</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Результаты</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Чек-лист</translation>
    </message>
    <message>
        <source>Survey</source>
        <translation>Анкетирование</translation>
    </message>
    <message>
        <source>Schools</source>
        <translation>Школы</translation>
    </message>
    <message>
        <source>Criterion scores</source>
        <translation>Оценки по критериям</translation>
    </message>
    <message>
        <source>Record of changes</source>
        <translation>Журнал изменений</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
</context>
<context>
    <name>ResultColumns</name>
    <message>
        <source>Class</source>
        <translation>Класс</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Предмет</translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation>Учитель</translation>
    </message>
    <message>
        <source>Pupils in the class</source>
        <translation>Учащихся в классе</translation>
    </message>
    <message>
        <source>Pupils with 5</source>
        <translation>Учащихся с оценкой 5</translation>
    </message>
    <message>
        <source>Pupils with 4</source>
        <translation>Учащихся с оценкой 4</translation>
    </message>
    <message>
        <source>Pupils with 3</source>
        <translation>Учащихся с оценкой 3</translation>
    </message>
    <message>
        <source>Pupils with 2</source>
        <translation>Учащихся с оценкой 2</translation>
    </message>
    <message>
        <source>Pupils with 1</source>
        <translation>Учащихся с оценкой 1</translation>
    </message>
    <message>
        <source>Not attested</source>
        <translation>Н/а</translation>
    </message>
    <message>
        <source>Exempt</source>
        <translation>Освоб.</translation>
    </message>
</context>
<context>
    <name>ResultConflict</name>
    <message>
        <source>{marks} of {size}</source>
        <translation>{marks} из {size}</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Удалено</translation>
    </message>
</context>
<context>
    <name>ResultTexts</name>
    <message>
        <source>Quarter {number}, {year}</source>
        <translation>{number} четверть {year}</translation>
    </message>
</context>
<context>
    <name>ResultsGridModel</name>
    <message>
        <source>Pass rate</source>
        <translation>Успеваемость</translation>
    </message>
    <message>
        <source>Pass rate: (5 + 4 + 3) ÷ N</source>
        <translation>Успеваемость: (5 + 4 + 3) ÷ N</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>Качество</translation>
    </message>
    <message>
        <source>Quality of knowledge: (5 + 4) ÷ N</source>
        <translation>Качество знаний: (5 + 4) ÷ N</translation>
    </message>
    <message>
        <source>SOU</source>
        <translation>СОУ</translation>
    </message>
    <message>
        <source>Degree of learning (SOU), Simonov's weights</source>
        <translation>Степень обученности учащихся (СОУ), веса Симонова</translation>
    </message>
    <message>
        <source>Average</source>
        <translation>Ср. балл</translation>
    </message>
    <message>
        <source>Average grade of the pupils with a mark</source>
        <translation>Средний балл учащихся с оценкой</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Класс</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Предмет</translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation>Учитель</translation>
    </message>
    <message>
        <source>Pupils</source>
        <translation>Учащихся</translation>
    </message>
    <message>
        <source>Not attested</source>
        <translation>Н/а</translation>
    </message>
    <message>
        <source>Exempt</source>
        <translation>Освоб.</translation>
    </message>
    <message>
        <source>Class, like 7-A</source>
        <translation>Класс, например 7-A</translation>
    </message>
    <message>
        <source>Not attested: no term mark; counted in N, not passed</source>
        <translation>Не аттестованы: без оценки за четверть; входят в N, не успевают</translation>
    </message>
    <message>
        <source>Exempt: left out of every indicator</source>
        <translation>Освобождены: не входят ни в один показатель</translation>
    </message>
    <message>
        <source>Changed, not saved yet</source>
        <translation>Изменено, ещё не сохранено</translation>
    </message>
</context>
<context>
    <name>ResultsTab</name>
    <message>
        <source>Results of the term</source>
        <translation>Результаты четверти</translation>
    </message>
    <message>
        <source>PDF…</source>
        <translation>PDF…</translation>
    </message>
    <message>
        <source>Save the indicator tables as PDF (Ctrl+P)</source>
        <translation>Сохранить таблицы показателей в PDF (Ctrl+P)</translation>
    </message>
    <message>
        <source>Term:</source>
        <translation>Четверть:</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Четверть</translation>
    </message>
    <message>
        <source>Search class, subject, teacher…</source>
        <translation>Поиск: класс, предмет, учитель…</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Поиск</translation>
    </message>
    <message>
        <source>Add row</source>
        <translation>Добавить</translation>
    </message>
    <message>
        <source>Add a row for a class and subject</source>
        <translation>Добавить строку для класса и предмета</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Delete the selected rows (when you save)</source>
        <translation>Удалить выбранные строки (при сохранении)</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Вставить</translation>
    </message>
    <message>
        <source>Paste cells copied from Excel from the current cell on (Ctrl+V)</source>
        <translation>Вставить ячейки, скопированные из Excel, начиная с текущей (Ctrl+V)</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Отменить изменения</translation>
    </message>
    <message>
        <source>Forget the changes not saved yet</source>
        <translation>Забыть несохранённые изменения</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>Enter results</source>
        <translation>Ввести результаты</translation>
    </message>
    <message>
        <source>Import from Excel</source>
        <translation>Импорт из Excel</translation>
    </message>
    <message>
        <source>No school in this database yet.</source>
        <translation>В этой базе пока нет школы.</translation>
    </message>
    <message>
        <source>Your unsaved changes to this term were kept: save or discard them.</source>
        <translation>Ваши несохранённые изменения за эту четверть сохранились: сохраните или отмените их.</translation>
    </message>
    <message>
        <source>No terms in this database yet.</source>
        <translation>В этой базе пока нет четвертей.</translation>
    </message>
    <message>
        <source>No results for this term — Enter results or Import from Excel</source>
        <translation>За эту четверть нет результатов — введите их или импортируйте из Excel</translation>
    </message>
    <message>
        <source>⚠ Rows that cannot be saved yet: {count}</source>
        <translation>⚠ Строк, которые пока нельзя сохранить: {count}</translation>
    </message>
    <message>
        <source>…and {count} more (point at a row number to read them).</source>
        <translation>…и ещё {count} (наведите указатель на номер строки, чтобы прочитать).</translation>
    </message>
    <message>
        <source>Correct the rows marked ⚠ first</source>
        <translation>Сначала исправьте строки, отмеченные ⚠</translation>
    </message>
    <message>
        <source>Save the changed rows (Ctrl+S)</source>
        <translation>Сохранить изменённые строки (Ctrl+S)</translation>
    </message>
    <message>
        <source>Pasted: {changed} rows changed, {added} rows added.</source>
        <translation>Вставлено: изменено строк — {changed}, добавлено — {added}.</translation>
    </message>
    <message>
        <source>Cells beyond the last column were left out.</source>
        <translation>Ячейки правее последнего столбца пропущены.</translation>
    </message>
    <message>
        <source>Forget the changes to this term that are not saved?</source>
        <translation>Забыть несохранённые изменения за эту четверть?</translation>
    </message>
    <message>
        <source>Results not saved</source>
        <translation>Результаты не сохранены</translation>
    </message>
    <message>
        <source>Saved: {created} new, {updated} changed, {deleted} deleted rows.</source>
        <translation>Сохранено строк: новых — {created}, изменённых — {updated}, удалённых — {deleted}.</translation>
    </message>
    <message>
        <source>New classes: {names}.</source>
        <translation>Новые классы: {names}.</translation>
    </message>
    <message>
        <source>Choose File ▸ Import… to import results from Excel.</source>
        <translation>Чтобы импортировать результаты из Excel, выберите Файл ▸ Импорт…</translation>
    </message>
    <message>
        <source>Nothing to print</source>
        <translation>Нечего печатать</translation>
    </message>
    <message>
        <source>There are no saved results in this term yet.</source>
        <translation>За эту четверть ещё нет сохранённых результатов.</translation>
    </message>
    <message>
        <source>Save the indicators as PDF</source>
        <translation>Сохранить показатели в PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Файлы PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>Сохранено: {path}</translation>
    </message>
    <message>
        <source>{term}, change from {previous}</source>
        <translation>{term}; сравнение с предыдущей четвертью ({previous})</translation>
    </message>
    <message>
        <source>Pupils' results — {school}</source>
        <translation>Результаты учащихся — {school}</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Группа</translation>
    </message>
    <message>
        <source>Pupils</source>
        <translation>Учащихся</translation>
    </message>
    <message>
        <source>Marks (N)</source>
        <translation>Оценок (N)</translation>
    </message>
    <message>
        <source>Pass rate</source>
        <translation>Успеваемость</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>Качество</translation>
    </message>
    <message>
        <source>SOU</source>
        <translation>СОУ</translation>
    </message>
    <message>
        <source>Average</source>
        <translation>Ср. балл</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Изменение</translation>
    </message>
    <message>
        <source>No results.</source>
        <translation>Нет результатов.</translation>
    </message>
    <message>
        <source>N: marks, one for each pupil in each subject, a mark or not attested. Pass rate (5+4+3)/N, quality (5+4)/N, SOU with Simonov's weights; totals from summed counts. Change in points.</source>
        <translation>N — оценки, по одной на каждого учащегося по каждому предмету (оценка или «не аттестован»). Успеваемость (5+4+3)/N, качество (5+4)/N, СОУ с весами Симонова; итоги — по суммам количеств. Изменение — в пунктах.</translation>
    </message>
    <message>
        <source>Someone else saved these results</source>
        <translation>Кто-то другой сохранил эти результаты</translation>
    </message>
</context>
<context>
    <name>RoleView</name>
    <message>
        <source>Your account may not do this.</source>
        <translation>Вашей учётной записи это не разрешено.</translation>
    </message>
</context>
<context>
    <name>SafetyMenus</name>
    <message>
        <source>Restore…</source>
        <translation>Восстановить…</translation>
    </message>
    <message>
        <source>Verify the record of changes</source>
        <translation>Проверить журнал изменений</translation>
    </message>
    <message>
        <source>The record of changes is whole: {count} entries, each holding the fingerprint of the one before. Nothing was edited behind the program's back.</source>
        <translation>Журнал изменений цел: записей — {count}, каждая хранит отпечаток предыдущей. Ничего не изменялось в обход программы.</translation>
    </message>
    <message>
        <source>its content was changed</source>
        <translation>изменено её содержимое</translation>
    </message>
    <message>
        <source>the entry before it was removed or changed</source>
        <translation>предыдущая запись удалена или изменена</translation>
    </message>
    <message>
        <source>The record of changes was edited outside the program: it breaks at entry {entry} ({why}). What it says from there on cannot be trusted; keep a copy of the file and tell whoever is responsible for the data.</source>
        <translation>Журнал изменений был изменён в обход программы: он прерывается на записи {entry} ({why}). Тому, что в нём сказано начиная с неё, доверять нельзя; сохраните копию файла и сообщите ответственному за данные.</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Восстановить резервную копию</translation>
    </message>
    <message>
        <source>This database is not a file; restore it with its server's own tools.</source>
        <translation>Эта база данных — не файл; восстановите её средствами её сервера.</translation>
    </message>
    <message>
        <source>{tabs}: some changes are not saved yet. Save or discard them first.</source>
        <translation>{tabs}: некоторые изменения ещё не сохранены. Сначала сохраните или отмените их.</translation>
    </message>
    <message>
        <source>Restored from {source}; the state before is kept as {kept}.</source>
        <translation>Восстановлено из {source}; прежнее состояние сохранено как {kept}.</translation>
    </message>
</context>
<context>
    <name>ScaleEditor</name>
    <message>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Обозначение</translation>
    </message>
    <message>
        <source>What the observer sees</source>
        <translation>Что видит наблюдатель</translation>
    </message>
    <message>
        <source>Add level</source>
        <translation>Добавить уровень</translation>
    </message>
    <message>
        <source>Remove last level</source>
        <translation>Удалить последний уровень</translation>
    </message>
    <message>
        <source>Values are whole numbers from 0 to 10, increasing.</source>
        <translation>Значения — целые числа от 0 до 10 по возрастанию.</translation>
    </message>
</context>
<context>
    <name>ScatterPanel</name>
    <message>
        <source>Lessons and results by school — {period}</source>
        <translation>Уроки и итоги по школам — {period}</translation>
    </message>
    <message>
        <source>School</source>
        <translation>Школа</translation>
    </message>
    <message>
        <source>Lessons and results by teacher — {period}</source>
        <translation>Уроки и итоги по учителям — {period}</translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation>Учитель</translation>
    </message>
    <message>
        <source>Average observation score against quality of knowledge; one point each.</source>
        <translation>Средний балл посещений и качество знаний; по одной точке на каждого.</translation>
    </message>
    <message>
        <source>{name}
Average observation score: {score} ({lessons} lessons)
Quality of knowledge: {quality} ({pupils} pupils)</source>
        <translation>{name}
Средний балл посещений: {score} (уроков: {lessons})
Качество знаний: {quality} (учащихся: {pupils})</translation>
    </message>
    <message>
        <source>Average observation score, %</source>
        <translation>Средний балл посещений, %</translation>
    </message>
    <message>
        <source>Quality of knowledge, %</source>
        <translation>Качество знаний, %</translation>
    </message>
    <message>
        <source>Lessons observed</source>
        <translation>Посещено уроков</translation>
    </message>
    <message>
        <source>Pupils assessed</source>
        <translation>Оценено учащихся</translation>
    </message>
</context>
<context>
    <name>SchoolProfile</name>
    <message>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Изменение</translation>
    </message>
    <message>
        <source>School profile: {school}</source>
        <translation>Профиль школы: {school}</translation>
    </message>
    <message>
        <source>compared with {period}</source>
        <translation>для сравнения — {period}</translation>
    </message>
    <message>
        <source>{points} points</source>
        <translation>{points} п.</translation>
    </message>
    <message>
        <source>Teachers</source>
        <translation>Учителя</translation>
    </message>
    <message>
        <source>Lessons observed</source>
        <translation>Посещено уроков</translation>
    </message>
    <message>
        <source>Teachers needing attention</source>
        <translation>Учителя, требующие внимания</translation>
    </message>
    <message>
        <source>Professional development up to date</source>
        <translation>Повышение квалификации в срок</translation>
    </message>
    <message>
        <source>{count} of {total}</source>
        <translation>{count} из {total}</translation>
    </message>
    <message>
        <source>All statements</source>
        <translation>Все утверждения</translation>
    </message>
    <message>
        <source>Respondents</source>
        <translation>Респонденты</translation>
    </message>
    <message>
        <source>Survey</source>
        <translation>Опрос</translation>
    </message>
    <message>
        <source>Share of answers 4 or 5 on the scale 1–5, from the latest survey of each group; shown from {minimum} respondents.</source>
        <translation>Доля ответов 4 и 5 по шкале 1–5 в последнем опросе каждой группы; показывается, если ответили не меньше {minimum}.</translation>
    </message>
    <message>
        <source>{dimension}: {group} {share}, teachers {other}.</source>
        <translation>{dimension}: {group} — {share}, учителя — {other}.</translation>
    </message>
    <message>
        <source>Further study</source>
        <translation>Продолжили обучение</translation>
    </message>
    <message>
        <source>With a partner organisation</source>
        <translation>У организации-партнёра</translation>
    </message>
    <message>
        <source>Graduates</source>
        <translation>Всего выпускников</translation>
    </message>
    <message>
        <source>No graduate was placed with a partner organisation.</source>
        <translation>Ни один выпускник не направлен к организации-партнёру.</translation>
    </message>
    <message>
        <source>Partner organisations:</source>
        <translation>Организации-партнёры:</translation>
    </message>
    <message>
        <source>{partner}: {count} ({ways})</source>
        <translation>{partner}: {count} ({ways})</translation>
    </message>
    <message>
        <source>Where the graduates went</source>
        <translation>Куда пошли выпускники</translation>
    </message>
    <message>
        <source>Where the graduates of {year} went</source>
        <translation>Куда пошли выпускники {year}</translation>
    </message>
    <message>
        <source>The quarter in figures</source>
        <translation>Четверть в цифрах</translation>
    </message>
    <message>
        <source>No results or observations in this quarter yet.</source>
        <translation>В этой четверти ещё нет оценок и посещений.</translation>
    </message>
    <message>
        <source>How parents, pupils, teachers and employers see the school</source>
        <translation>Как школу видят родители, учащиеся, учителя и работодатели</translation>
    </message>
    <message>
        <source>No survey yet.</source>
        <translation>Опросов ещё не было.</translation>
    </message>
    <message>
        <source>No graduates entered yet.</source>
        <translation>Выпускники ещё не внесены.</translation>
    </message>
    <message>
        <source>made {date}</source>
        <translation>составлено {date}</translation>
    </message>
</context>
<context>
    <name>SchoolProfileDialog</name>
    <message>
        <source>School profile</source>
        <translation>Профиль школы</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <source>No survey yet — File ▸ Surveys: print a questionnaire, then import it.</source>
        <translation>Опросов ещё не было — Файл ▸ Опросы: распечатайте анкету, затем импортируйте ответы.</translation>
    </message>
    <message>
        <source>No graduates entered yet — File ▸ Surveys ▸ Where the graduates went…</source>
        <translation>Выпускники ещё не внесены — Файл ▸ Опросы ▸ Куда пошли выпускники…</translation>
    </message>
    <message>
        <source>The quarter in figures</source>
        <translation>Четверть в цифрах</translation>
    </message>
    <message>
        <source>How parents, pupils, teachers and employers see the school</source>
        <translation>Как школу видят родители, учащиеся, учителя и работодатели</translation>
    </message>
    <message>
        <source>Where the graduates went</source>
        <translation>Куда пошли выпускники</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Сохранить в PDF…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Печать…</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Сохранить в PDF</translation>
    </message>
    <message>
        <source>The PDF could not be written. Close it or choose another folder.</source>
        <translation>Не удалось записать PDF. Закройте его или выберите другую папку.</translation>
    </message>
</context>
<context>
    <name>SchoolsPanel</name>
    <message>
        <source>Order</source>
        <translation>Порядок</translation>
    </message>
    <message>
        <source>Order of the schools</source>
        <translation>Порядок школ</translation>
    </message>
    <message>
        <source>Lowest first</source>
        <translation>Сначала низкие</translation>
    </message>
    <message>
        <source>Highest first</source>
        <translation>Сначала высокие</translation>
    </message>
    <message>
        <source>By name</source>
        <translation>По названию</translation>
    </message>
    <message>
        <source>Schools compared: quality of knowledge — {period}</source>
        <translation>Сравнение школ: качество знаний — {period}</translation>
    </message>
    <message>
        <source>Click a school to show it alone.</source>
        <translation>Щёлкните школу, чтобы показать только её.</translation>
    </message>
    <message>
        <source>Click to show this school alone.</source>
        <translation>Щёлкните, чтобы показать только эту школу.</translation>
    </message>
    <message>
        <source>School</source>
        <translation>Школа</translation>
    </message>
    <message>
        <source>All schools: {value}</source>
        <translation>Все школы: {value}</translation>
    </message>
    <message>
        <source>Quality of knowledge</source>
        <translation>Качество знаний</translation>
    </message>
    <message>
        <source>The chosen school</source>
        <translation>Выбранная школа</translation>
    </message>
    <message>
        <source>Other schools (summed)</source>
        <translation>Прочие школы (вместе)</translation>
    </message>
</context>
<context>
    <name>ScorePanel</name>
    <message>
        <source>Overall score</source>
        <translation>Итоговый балл</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Разделы</translation>
    </message>
    <message>
        <source>Keys: {first}–{last} level · {na} not applicable · ⌫ clear · ↑↓ move · Tab comment · Ctrl+Enter finalize</source>
        <translation>Клавиши: {first}–{last} уровень · {na} неприменимо · ⌫ сбросить · ↑↓ переход · Tab комментарий · Ctrl+Enter завершить</translation>
    </message>
    <message>
        <source>{answered} of {total} criteria answered</source>
        <translation>Заполнено критериев: {answered} из {total}</translation>
    </message>
</context>
<context>
    <name>SendDialog</name>
    <message>
        <source>Send to the district</source>
        <translation>Отправка в район</translation>
    </message>
    <message>
        <source>One Excel file with everything the district needs for the period: a cover and readable sheets for people, and the records themselves for the district's program. Send the file as it is; a changed file is refused.</source>
        <translation>Один файл Excel со всем, что району нужно за период: титул и листы для чтения людьми, а также сами записи для программы района. Отправляйте файл как есть: изменённый файл будет отклонён.</translation>
    </message>
    <message>
        <source>School:</source>
        <translation>Школа:</translation>
    </message>
    <message>
        <source>Academic year:</source>
        <translation>Учебный год:</translation>
    </message>
    <message>
        <source>Whole year</source>
        <translation>Весь год</translation>
    </message>
    <message>
        <source>Quarter {n}</source>
        <translation>{n} четверть</translation>
    </message>
    <message>
        <source>Quarter:</source>
        <translation>Четверть:</translation>
    </message>
    <message>
        <source>Save the package…</source>
        <translation>Сохранить пакет…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Set up or choose a school first.</source>
        <translation>Сначала настройте или выберите школу.</translation>
    </message>
    <message>
        <source>Save the package as</source>
        <translation>Сохранить пакет как</translation>
    </message>
    <message>
        <source>Writing {file}…</source>
        <translation>Запись {file}…</translation>
    </message>
    <message>
        <source>Package saved: {path} ({teachers} teachers, {results} results rows, {observations} observations)</source>
        <translation>Пакет сохранён: {path} (учителей: {teachers}, строк результатов: {results}, наблюдений: {observations})</translation>
    </message>
    <message>
        <source>The package could not be written.</source>
        <translation>Не удалось записать пакет.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>As in the system</source>
        <translation>Как в системе</translation>
    </message>
    <message>
        <source>Shown as the observer on new observations</source>
        <translation>Подставляется как наблюдатель в новых наблюдениях</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Язык:</translation>
    </message>
    <message>
        <source>Your name:</source>
        <translation>Ваше имя:</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Общие</translation>
    </message>
</context>
<context>
    <name>SingleInstance</name>
    <message>
        <source>The database is already open</source>
        <translation>База данных уже открыта</translation>
    </message>
    <message>
        <source>“{name}” is already open in another EduQA Desktop window. A database is opened in one window at a time, so that no change is lost.

Bring that window forward?</source>
        <translation>«{name}» уже открыта в другом окне EduQA Desktop. База данных открывается только в одном окне, чтобы не потерять ни одного изменения.

Перейти к тому окну?</translation>
    </message>
    <message>
        <source>The other window did not answer. Switch to it from the taskbar.</source>
        <translation>Другое окно не ответило. Переключитесь на него через панель задач.</translation>
    </message>
</context>
<context>
    <name>SnapshotGrid</name>
    <message>
        <source>Time-on-task snapshots</source>
        <translation>Срезы учебного времени</translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation>Учитель</translation>
    </message>
    <message>
        <source>Pupils off task</source>
        <translation>Отвлёкшиеся ученики</translation>
    </message>
    <message>
        <source>Materials</source>
        <translation>Материалы</translation>
    </message>
    <message>
        <source>Snapshot {number}: from {start} to {end} on the lesson timer</source>
        <translation>Срез {number}: с {start} до {end} по таймеру урока</translation>
    </message>
</context>
<context>
    <name>SnapshotLabels</name>
    <message>
        <source>Explaining</source>
        <translation>Объяснение</translation>
    </message>
    <message>
        <source>Questioning</source>
        <translation>Вопросы</translation>
    </message>
    <message>
        <source>Practice</source>
        <translation>Практика</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Оценивание</translation>
    </message>
    <message>
        <source>Organising</source>
        <translation>Организация</translation>
    </message>
    <message>
        <source>Discipline</source>
        <translation>Дисциплина</translation>
    </message>
    <message>
        <source>Teacher off task</source>
        <translation>Учитель не занят уроком</translation>
    </message>
    <message>
        <source>0–1 off task</source>
        <translation>0–1 отвлеклись</translation>
    </message>
    <message>
        <source>2–5 off task</source>
        <translation>2–5 отвлеклись</translation>
    </message>
    <message>
        <source>6+ off task</source>
        <translation>6+ отвлеклись</translation>
    </message>
    <message>
        <source>No materials</source>
        <translation>Без материалов</translation>
    </message>
    <message>
        <source>Textbook</source>
        <translation>Учебник</translation>
    </message>
    <message>
        <source>Notebook</source>
        <translation>Тетрадь</translation>
    </message>
    <message>
        <source>Board</source>
        <translation>Доска</translation>
    </message>
    <message>
        <source>Computer, ICT</source>
        <translation>Компьютер, ИКТ</translation>
    </message>
    <message>
        <source>Other materials</source>
        <translation>Другие материалы</translation>
    </message>
    <message>
        <source>Time on task</source>
        <translation>Использование времени</translation>
    </message>
    <message>
        <source>Instruction</source>
        <translation>Обучение</translation>
    </message>
    <message>
        <source>Classroom management</source>
        <translation>Управление классом</translation>
    </message>
    <message>
        <source>Pupils engaged (0–1 off task)</source>
        <translation>Ученики заняты (0–1 отвлеклись)</translation>
    </message>
    <message>
        <source>reference ≥ {value}</source>
        <translation>ориентир ≥ {value}</translation>
    </message>
    <message>
        <source>reference ≤ {value}</source>
        <translation>ориентир ≤ {value}</translation>
    </message>
    <message>
        <source>meets</source>
        <translation>достигнут</translation>
    </message>
    <message>
        <source>misses</source>
        <translation>не достигнут</translation>
    </message>
    <message>
        <source>{coded} of {count} snapshots coded</source>
        <translation>Отмечено срезов: {coded} из {count}</translation>
    </message>
</context>
<context>
    <name>SnapshotStrip</name>
    <message>
        <source>Time-on-task snapshots</source>
        <translation>Срезы учебного времени</translation>
    </message>
    <message>
        <source>Lesson timer</source>
        <translation>Таймер урока</translation>
    </message>
    <message>
        <source>Start timer (Ctrl+T)</source>
        <translation>Запустить таймер (Ctrl+T)</translation>
    </message>
    <message>
        <source>Snapshot due</source>
        <translation>Очередной срез</translation>
    </message>
    <message>
        <source>Pause timer (Ctrl+T)</source>
        <translation>Пауза таймера (Ctrl+T)</translation>
    </message>
    <message>
        <source>Snapshot {number} is due ({start}–{end}): press F9</source>
        <translation>Пора сделать срез {number} ({start}–{end}): нажмите F9</translation>
    </message>
    <message>
        <source>Ctrl+T starts the lesson timer</source>
        <translation>Ctrl+T запускает таймер урока</translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation>Учитель</translation>
    </message>
    <message>
        <source>Pupils off task</source>
        <translation>Отвлёкшиеся ученики</translation>
    </message>
    <message>
        <source>Materials</source>
        <translation>Материалы</translation>
    </message>
    <message>
        <source>{row}: {codes}. ⌫ clear · +/− minute · Esc back to the checklist</source>
        <translation>{row}: {codes}. ⌫ очистить · +/− минута · Esc назад к чек-листу</translation>
    </message>
</context>
<context>
    <name>StaffModel</name>
    <message>
        <source>{name} (left)</source>
        <translation>{name} (уволен)</translation>
    </message>
    <message>
        <source>Number {rank} on the attention list: open the profile to see why</source>
        <translation>№ {rank} в списке внимания: причины — в профиле учителя</translation>
    </message>
    <message>
        <source>Open the profile to see why</source>
        <translation>Причины — в профиле учителя</translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation>Учитель</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>МО</translation>
    </message>
    <message>
        <source>Subjects</source>
        <translation>Предметы</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <source>Experience,
years</source>
        <translation>Стаж,
лет</translation>
    </message>
    <message>
        <source>Years of experience</source>
        <translation>Педагогический стаж, лет</translation>
    </message>
    <message>
        <source>Lessons
observed</source>
        <translation>Посещено
уроков</translation>
    </message>
    <message>
        <source>Average
score</source>
        <translation>Средний
результат</translation>
    </message>
    <message>
        <source>Quality of
knowledge</source>
        <translation>Качество
знаний</translation>
    </message>
    <message>
        <source>Last
course</source>
        <translation>Последний
курс</translation>
    </message>
    <message>
        <source>Signals</source>
        <translation>Сигналы</translation>
    </message>
    <message>
        <source>Final lesson observations from {start} to {end}</source>
        <translation>Завершённые посещения уроков с {start} по {end}</translation>
    </message>
    <message>
        <source>Average score of the observations from {start} to {end}</source>
        <translation>Средний результат посещений с {start} по {end}</translation>
    </message>
    <message>
        <source>Quality of knowledge in {period}</source>
        <translation>Качество знаний: {period}</translation>
    </message>
    <message>
        <source>Last professional-development course up to {date}</source>
        <translation>Последний курс повышения квалификации на {date}</translation>
    </message>
    <message>
        <source>Flags as of {date}</source>
        <translation>Сигналы на {date}</translation>
    </message>
</context>
<context>
    <name>StaffTermChoice</name>
    <message>
        <source>Academic year</source>
        <translation>Учебный год</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Четверть</translation>
    </message>
    <message>
        <source>{quarter} (no results)</source>
        <translation>{quarter} (нет итогов)</translation>
    </message>
    <message>
        <source>as of {date}</source>
        <translation>на {date}</translation>
    </message>
</context>
<context>
    <name>StartSplash</name>
    <message>
        <source>Opening…</source>
        <translation>Открывается…</translation>
    </message>
</context>
<context>
    <name>SubmissionsDialog</name>
    <message>
        <source>Submissions</source>
        <translation>Сдача отчётов</translation>
    </message>
    <message>
        <source>Whole year</source>
        <translation>Весь год</translation>
    </message>
    <message>
        <source>Quarter {n}</source>
        <translation>{n} четверть</translation>
    </message>
    <message>
        <source>Academic year:</source>
        <translation>Учебный год:</translation>
    </message>
    <message>
        <source>Quarter:</source>
        <translation>Четверть:</translation>
    </message>
    <message>
        <source>School</source>
        <translation>Школа</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Район</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>Пакет</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Получен</translation>
    </message>
    <message>
        <source>App version</source>
        <translation>Версия программы</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation>Экспорт в Excel…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>arrived</source>
        <translation>получен</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>не получен</translation>
    </message>
    <message>
        <source>Arrived: {arrived} of {total}; missing: {missing}</source>
        <translation>Получено: {arrived} из {total}; не получено: {missing}</translation>
    </message>
    <message>
        <source>Save the list as</source>
        <translation>Сохранить список как</translation>
    </message>
    <message>
        <source>The file could not be written: {reason}</source>
        <translation>Не удалось записать файл: {reason}</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>Сохранено: {path}</translation>
    </message>
</context>
<context>
    <name>SurveyImportDialog</name>
    <message>
        <source>Import a survey</source>
        <translation>Импорт опроса</translation>
    </message>
    <message>
        <source>The filled survey template (.xlsx)</source>
        <translation>Заполненный шаблон опроса (.xlsx)</translation>
    </message>
    <message>
        <source>Choose the filled survey template.</source>
        <translation>Выберите заполненный шаблон опроса.</translation>
    </message>
    <message>
        <source>As written in the file</source>
        <translation>Как в файле</translation>
    </message>
    <message>
        <source>Quarter {number}</source>
        <translation>{number}-я четверть</translation>
    </message>
    <message>
        <source>Academic year:</source>
        <translation>Учебный год:</translation>
    </message>
    <message>
        <source>Quarter:</source>
        <translation>Четверть:</translation>
    </message>
    <message>
        <source>{group}, {school}, {year}, quarter {term}: {respondents} respondents, {statements} statements answered.</source>
        <translation>{group}, {school}, {year}, {term}-я четверть: респондентов — {respondents}, утверждений с ответами — {statements}.</translation>
    </message>
    <message>
        <source>The same answers are already in the database.</source>
        <translation>Те же ответы уже есть в базе.</translation>
    </message>
    <message>
        <source>It replaces this group's survey of that quarter.</source>
        <translation>Он заменит опрос этой группы за эту четверть.</translation>
    </message>
    <message>
        <source>Fewer than {minimum} answered: the results will be kept but not shown.</source>
        <translation>Ответили меньше {minimum}: результаты сохранятся, но показываться не будут.</translation>
    </message>
    <message>
        <source>All statements</source>
        <translation>Все утверждения</translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation>Направление</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Ответов</translation>
    </message>
    <message>
        <source>Agree (4–5)</source>
        <translation>Согласны (4–5)</translation>
    </message>
    <message>
        <source>Mean (1–5)</source>
        <translation>Среднее (1–5)</translation>
    </message>
</context>
<context>
    <name>SurveySettingsPage</name>
    <message>
        <source>respondents</source>
        <translation>респондентов</translation>
    </message>
    <message>
        <source>A group's answers are shown only when at least this many answered, so that no answer can be traced back to a person. Surveys with fewer are kept but not shown.</source>
        <translation>Ответы группы показываются, только если ответили не меньше стольких человек, чтобы ни один ответ нельзя было связать с человеком. Опросы с меньшим числом сохраняются, но не показываются.</translation>
    </message>
    <message>
        <source>Show results from:</source>
        <translation>Показывать результаты от:</translation>
    </message>
</context>
<context>
    <name>SurveyTemplateDialog</name>
    <message>
        <source>Blank survey template</source>
        <translation>Пустой шаблон опроса</translation>
    </message>
    <message>
        <source>Quarter {number}</source>
        <translation>{number}-я четверть</translation>
    </message>
    <message>
        <source>Group:</source>
        <translation>Группа:</translation>
    </message>
    <message>
        <source>Layout:</source>
        <translation>Вид:</translation>
    </message>
    <message>
        <source>Academic year:</source>
        <translation>Учебный год:</translation>
    </message>
    <message>
        <source>Quarter:</source>
        <translation>Четверть:</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Сохранить…</translation>
    </message>
    <message>
        <source>survey-{group}.xlsx</source>
        <translation>опрос-{group}.xlsx</translation>
    </message>
    <message>
        <source>Save the survey template</source>
        <translation>Сохранить шаблон опроса</translation>
    </message>
    <message>
        <source>The file could not be written. Close it in Excel or choose another folder.</source>
        <translation>Файл не удалось записать. Закройте его в Excel или выберите другую папку.</translation>
    </message>
</context>
<context>
    <name>TeacherConflict</name>
    <message>
        <source>Full name</source>
        <translation>Ф.И.О.</translation>
    </message>
    <message>
        <source>Personnel number</source>
        <translation>Табельный номер</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Кафедра</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <source>Experience, years</source>
        <translation>Стаж, лет</translation>
    </message>
    <message>
        <source>Last PD course</source>
        <translation>Последний курс повышения квалификации</translation>
    </message>
    <message>
        <source>Hired on</source>
        <translation>Принят на работу</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <source>Subjects</source>
        <translation>Предметы</translation>
    </message>
</context>
<context>
    <name>TeacherDialog</name>
    <message>
        <source>Add a teacher</source>
        <translation>Новый учитель</translation>
    </message>
    <message>
        <source>Edit teacher</source>
        <translation>Данные учителя</translation>
    </message>
    <message>
        <source>Surname Name Patronymic</source>
        <translation>Фамилия Имя Отчество</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <source>Choose or type a new one</source>
        <translation>Выберите или введите новое</translation>
    </message>
    <message>
        <source>Find a subject…</source>
        <translation>Найти предмет…</translation>
    </message>
    <message>
        <source>Leave “—” when no course is known</source>
        <translation>Оставьте «—», если курс неизвестен</translation>
    </message>
    <message>
        <source>Full name *</source>
        <translation>ФИО *</translation>
    </message>
    <message>
        <source>Personnel number</source>
        <translation>Табельный номер</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>МО</translation>
    </message>
    <message>
        <source>Subjects</source>
        <translation>Предметы</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <source>Experience</source>
        <translation>Стаж</translation>
    </message>
    <message>
        <source>Last professional-development course</source>
        <translation>Последний курс повышения квалификации</translation>
    </message>
    <message>
        <source>Hired on</source>
        <translation>Принят на работу</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <source>* required</source>
        <translation>* обязательно</translation>
    </message>
    <message numerus="yes">
        <source> years</source>
        <translation><numerusform> год</numerusform><numerusform> года</numerusform><numerusform> лет</numerusform></translation>
    </message>
    <message>
        <source>Someone else saved this teacher</source>
        <translation>Кто-то другой сохранил карточку этого учителя</translation>
    </message>
</context>
<context>
    <name>TeacherLabels</name>
    <message>
        <source>Highest</source>
        <translation>Высшая</translation>
    </message>
    <message>
        <source>First</source>
        <translation>Первая</translation>
    </message>
    <message>
        <source>Second</source>
        <translation>Вторая</translation>
    </message>
    <message>
        <source>Specialist</source>
        <translation>Специалист</translation>
    </message>
    <message>
        <source>Up to date</source>
        <translation>В срок</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Просрочено</translation>
    </message>
    <message>
        <source>No course on record</source>
        <translation>Нет сведений о курсе</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>ч</translation>
    </message>
    <message>
        <source>times</source>
        <translation>раз</translation>
    </message>
    <message>
        <source>pupils</source>
        <translation>уч.</translation>
    </message>
    <message>
        <source>School</source>
        <translation>Школьный</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Районный</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Областной</translation>
    </message>
    <message>
        <source>National</source>
        <translation>Республиканский</translation>
    </message>
    <message>
        <source>International</source>
        <translation>Международный</translation>
    </message>
    <message>
        <source>1st quarter</source>
        <translation>1-я четверть</translation>
    </message>
    <message>
        <source>2nd quarter</source>
        <translation>2-я четверть</translation>
    </message>
    <message>
        <source>3rd quarter</source>
        <translation>3-я четверть</translation>
    </message>
    <message>
        <source>4th quarter</source>
        <translation>4-я четверть</translation>
    </message>
    <message>
        <source>Q{term} {year}</source>
        <translation>{term}-я четв. {year}</translation>
    </message>
    <message>
        <source>{quarter} {year}</source>
        <translation>{quarter} {year}</translation>
    </message>
</context>
<context>
    <name>TeacherProfileDialog</name>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Класс</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Предмет</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Цель</translation>
    </message>
    <message>
        <source>Observer</source>
        <translation>Наблюдатель</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>Band</source>
        <translation>Уровень</translation>
    </message>
    <message>
        <source>Instruction</source>
        <translation>Обучение</translation>
    </message>
    <message>
        <source>Management</source>
        <translation>Управление</translation>
    </message>
    <message>
        <source>Correction</source>
        <translation>Исправление</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Критерий</translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation>Учитель</translation>
    </message>
    <message>
        <source>School</source>
        <translation>Школа</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Разница</translation>
    </message>
    <message>
        <source>Pupils assessed</source>
        <translation>Аттестуемых</translation>
    </message>
    <message>
        <source>Pass rate</source>
        <translation>Успеваемость</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>Качество</translation>
    </message>
    <message>
        <source>SOU</source>
        <translation>СОУ</translation>
    </message>
    <message>
        <source>Average grade</source>
        <translation>Средний балл</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Четверть</translation>
    </message>
    <message>
        <source>Change in quality</source>
        <translation>Изменение качества</translation>
    </message>
    <message>
        <source>No results of the previous quarter</source>
        <translation>Нет результатов прошлой четверти</translation>
    </message>
    <message>
        <source>Compared with {class_name}, {term}</source>
        <translation>Сравнение с {class_name}, {term}</translation>
    </message>
    <message>
        <source>Compared with {term}</source>
        <translation>По сравнению с: {term}</translation>
    </message>
    <message>
        <source>Mechanism</source>
        <translation>Механизм</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>В этом году</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>За все годы</translation>
    </message>
    <message>
        <source>Last</source>
        <translation>Последняя</translation>
    </message>
    <message>
        <source>Add activity…</source>
        <translation>Добавить деятельность…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Печать…</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>Экспорт в PDF…</translation>
    </message>
    <message>
        <source>Export .xlsx…</source>
        <translation>Экспорт в .xlsx…</translation>
    </message>
    <message>
        <source>Observations this year</source>
        <translation>Посещений в этом году</translation>
    </message>
    <message>
        <source>Average score this year</source>
        <translation>Средний результат за год</translation>
    </message>
    <message>
        <source>Latest observation</source>
        <translation>Последнее посещение</translation>
    </message>
    <message>
        <source>Quality of knowledge</source>
        <translation>Качество знаний</translation>
    </message>
    <message>
        <source>Professional development</source>
        <translation>Повышение квалификации</translation>
    </message>
    <message>
        <source>Signals</source>
        <translation>Сигналы</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Итог</translation>
    </message>
    <message>
        <source>Observations</source>
        <translation>Посещения</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Результаты</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Деятельность</translation>
    </message>
    <message>
        <source>Where to look</source>
        <translation>На что обратить внимание</translation>
    </message>
    <message>
        <source>Average level reached on each criterion (% of the scale), the teacher against every teacher of the school.</source>
        <translation>Средний уровень по каждому критерию (% шкалы): учитель в сравнении со всеми учителями школы.</translation>
    </message>
    <message>
        <source>Strongest criteria</source>
        <translation>Сильные стороны</translation>
    </message>
    <message>
        <source>Weakest criteria</source>
        <translation>Слабые стороны</translation>
    </message>
    <message>
        <source>No final observation of this teacher yet — observe a lesson on the Observations tab.</source>
        <translation>Завершённых посещений у этого учителя пока нет — посетите урок на вкладке «Наблюдения».</translation>
    </message>
    <message>
        <source>No results of this teacher yet — enter them on the Results tab.</source>
        <translation>Результатов этого учителя пока нет — введите их на вкладке «Результаты».</translation>
    </message>
    <message>
        <source>By class and subject in</source>
        <translation>По классам и предметам:</translation>
    </message>
    <message>
        <source>All the teacher's classes, by quarter</source>
        <translation>Все классы учителя по четвертям</translation>
    </message>
    <message>
        <source>Teacher profile — {name}</source>
        <translation>Профиль учителя — {name}</translation>
    </message>
    <message>
        <source>No department</source>
        <translation>Без МО</translation>
    </message>
    <message>
        <source>no subjects</source>
        <translation>предметы не указаны</translation>
    </message>
    <message>
        <source>category: {category}</source>
        <translation>категория: {category}</translation>
    </message>
    <message numerus="yes">
        <source>experience: %n years</source>
        <translation><numerusform>стаж: %n год</numerusform><numerusform>стаж: %n года</numerusform><numerusform>стаж: %n лет</numerusform></translation>
    </message>
    <message>
        <source>No. {number}</source>
        <translation>таб. № {number}</translation>
    </message>
    <message>
        <source>left on {date}</source>
        <translation>уволен {date}</translation>
    </message>
    <message>
        <source>as of {date}</source>
        <translation>на {date}</translation>
    </message>
    <message>
        <source>{count} in all</source>
        <translation>всего {count}</translation>
    </message>
    <message>
        <source>{trend} a month</source>
        <translation>{trend} в месяц</translation>
    </message>
    <message>
        <source>Trend over the last 12 months, score points a month</source>
        <translation>Тенденция за последние 12 месяцев, пунктов в месяц</translation>
    </message>
    <message numerus="yes">
        <source>{hours} h in %n years</source>
        <translation><numerusform>{hours} ч за %n год</numerusform><numerusform>{hours} ч за %n года</numerusform><numerusform>{hours} ч за %n лет</numerusform></translation>
    </message>
    <message>
        <source>see Summary</source>
        <translation>см. «Итог»</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>The staff list shows flags as of {list_date}, the last day of the quarter chosen there: {list_count}. This profile is the teacher as of {date}: {count}.</source>
        <translation>Список учителей показывает сигналы на {list_date}, последний день выбранной там четверти: {list_count}. Этот профиль — учитель на {date}: {count}.</translation>
    </message>
    <message>
        <source>the subject across the school, all its teachers: {teachers}</source>
        <translation>предмет по всей школе, все его учителя: {teachers}</translation>
    </message>
    <message>
        <source>No signals: nothing here asks for attention.</source>
        <translation>Сигналов нет: ничто не требует особого внимания.</translation>
    </message>
    <message>
        <source>Observation score</source>
        <translation>Результат посещения</translation>
    </message>
    <message>
        <source>Time on instruction</source>
        <translation>Время на обучение</translation>
    </message>
    <message>
        <source>{date} — instruction {share} (reference ≥ 50 %)</source>
        <translation>{date} — обучение {share} (ориентир ≥ 50 %)</translation>
    </message>
    <message>
        <source>Score, %</source>
        <translation>Результат, %</translation>
    </message>
    <message>
        <source>Professional development: last course {last}, next due {due} ({status}); {hours} course hours in the last {years} years.</source>
        <translation>Повышение квалификации: последний курс {last}, следующий — до {due} ({status}); часов курсов за последние {years} года: {hours}.</translation>
    </message>
    <message numerus="yes">
        <source>Activities in the last %n years: {count}</source>
        <translation><numerusform>Деятельность за последний %n год: {count}</numerusform><numerusform>Деятельность за последние %n года: {count}</numerusform><numerusform>Деятельность за последние %n лет: {count}</numerusform></translation>
    </message>
    <message>
        <source>Sent to the printer</source>
        <translation>Отправлено на принтер</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>Экспорт в PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The file could not be written. Choose another folder.</source>
        <translation>Не удалось записать файл. Выберите другую папку.</translation>
    </message>
    <message>
        <source>Saved to {path}</source>
        <translation>Сохранено: {path}</translation>
    </message>
    <message>
        <source>Export .xlsx</source>
        <translation>Экспорт в .xlsx</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Книга Excel (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>TeacherReport</name>
    <message>
        <source>Teacher profile</source>
        <translation>Профиль учителя</translation>
    </message>
    <message>
        <source>As of {date}</source>
        <translation>На {date}</translation>
    </message>
    <message>
        <source>School</source>
        <translation>Школа</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>МО</translation>
    </message>
    <message>
        <source>Subjects</source>
        <translation>Предметы</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <source>Experience, years</source>
        <translation>Стаж, лет</translation>
    </message>
    <message>
        <source>Personnel number</source>
        <translation>Табельный номер</translation>
    </message>
    <message>
        <source>Hired on</source>
        <translation>Принят на работу</translation>
    </message>
    <message>
        <source>Left on</source>
        <translation>Уволен</translation>
    </message>
    <message>
        <source>Where to look</source>
        <translation>На что обратить внимание</translation>
    </message>
    <message>
        <source>No flags.</source>
        <translation>Сигналов нет.</translation>
    </message>
    <message>
        <source>Lesson observations</source>
        <translation>Посещения уроков</translation>
    </message>
    <message>
        <source>No final observation yet.</source>
        <translation>Завершённых посещений пока нет.</translation>
    </message>
    <message>
        <source>Observations this year: {count}; their average score: {average}. Average of all years: {overall}. Trend: {trend} points a month.</source>
        <translation>Посещений в этом году: {count}; их средний результат: {average}. Среднее за все годы: {overall}. Тенденция: {trend} п. в месяц.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Класс</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Предмет</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Цель</translation>
    </message>
    <message>
        <source>Observer</source>
        <translation>Наблюдатель</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>Band</source>
        <translation>Уровень</translation>
    </message>
    <message>
        <source>Criteria compared with the school</source>
        <translation>Критерии в сравнении со школой</translation>
    </message>
    <message>
        <source>Strongest</source>
        <translation>Сильные стороны</translation>
    </message>
    <message>
        <source>Weakest</source>
        <translation>Слабые стороны</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Критерий</translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation>Учитель</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Разница</translation>
    </message>
    <message>
        <source>Pupils' results</source>
        <translation>Результаты учащихся</translation>
    </message>
    <message>
        <source>No results entered for this teacher.</source>
        <translation>Результаты этого учителя не введены.</translation>
    </message>
    <message>
        <source>All classes, by quarter</source>
        <translation>Все классы по четвертям</translation>
    </message>
    <message>
        <source>By class and subject, quarter {term} of {year}</source>
        <translation>По классам и предметам, {term}-я четверть {year}</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Четверть</translation>
    </message>
    <message>
        <source>Q{term} {year}</source>
        <translation>{term}-я четв. {year}</translation>
    </message>
    <message>
        <source>Pupils assessed</source>
        <translation>Аттестуемых</translation>
    </message>
    <message>
        <source>Pass rate</source>
        <translation>Успеваемость</translation>
    </message>
    <message>
        <source>Quality of knowledge</source>
        <translation>Качество знаний</translation>
    </message>
    <message>
        <source>SOU</source>
        <translation>СОУ</translation>
    </message>
    <message>
        <source>Average grade</source>
        <translation>Средний балл</translation>
    </message>
    <message>
        <source>Change in quality, points</source>
        <translation>Изменение качества, п. п.</translation>
    </message>
    <message>
        <source>Professional development</source>
        <translation>Повышение квалификации</translation>
    </message>
    <message>
        <source>Last course</source>
        <translation>Последний курс</translation>
    </message>
    <message>
        <source>Next course due</source>
        <translation>Следующий курс — до</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Course hours in the last {years} years</source>
        <translation>Часов курсов за последние {years} года</translation>
    </message>
    <message>
        <source>Activities by mechanism</source>
        <translation>Деятельность по механизмам</translation>
    </message>
    <message>
        <source>Mechanism</source>
        <translation>Механизм</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>В этом году</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>За все годы</translation>
    </message>
    <message>
        <source>Last</source>
        <translation>Последняя</translation>
    </message>
    <message>
        <source>Activities in the last {years} years</source>
        <translation>Деятельность за последние {years} года</translation>
    </message>
    <message>
        <source>No activities recorded.</source>
        <translation>Записей о деятельности нет.</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Деятельность</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Количество</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Единица</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <source>Deputy director for academic affairs</source>
        <translation>Заместитель директора по учебной работе</translation>
    </message>
    <message>
        <source>no longer works at the school</source>
        <translation>больше не работает в школе</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Профиль</translation>
    </message>
    <message>
        <source>Observations</source>
        <translation>Посещения</translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation>Критерии</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Результаты</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Деятельность</translation>
    </message>
</context>
<context>
    <name>TeachersTab</name>
    <message>
        <source>Staff</source>
        <translation>Состав</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Деятельность</translation>
    </message>
    <message>
        <source>Team analysis</source>
        <translation>Анализ коллектива</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Требуют внимания</translation>
    </message>
    <message>
        <source>Search teacher, subject…</source>
        <translation>Поиск учителя, предмета…</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Поиск</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>МО</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Все категории</translation>
    </message>
    <message>
        <source>On the attention list</source>
        <translation>В списке внимания</translation>
    </message>
    <message>
        <source>Show archived</source>
        <translation>Показать архив</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Сбросить</translation>
    </message>
    <message>
        <source>Add teacher…</source>
        <translation>Добавить учителя…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <source>Archive…</source>
        <translation>В архив…</translation>
    </message>
    <message>
        <source>Add activity…</source>
        <translation>Добавить деятельность…</translation>
    </message>
    <message>
        <source>Open profile</source>
        <translation>Открыть профиль</translation>
    </message>
    <message>
        <source>Add a teacher…</source>
        <translation>Добавить учителя…</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>Все МО</translation>
    </message>
    <message>
        <source>No department</source>
        <translation>Без МО</translation>
    </message>
    <message>
        <source>{shown} of {total} teachers</source>
        <translation>Учителей: {shown} из {total}</translation>
    </message>
    <message>
        <source>No teacher fits these filters — change them or press Clear.</source>
        <translation>Ни один учитель не подходит под фильтры — измените их или нажмите «Сбросить».</translation>
    </message>
    <message>
        <source>No teachers yet — add them one by one, or import a staff list from Excel (File ▸ Import).</source>
        <translation>Учителей пока нет — добавьте их по одному или импортируйте список из Excel (Файл ▸ Импорт).</translation>
    </message>
    <message>
        <source>No school in this database yet — set one up first.</source>
        <translation>В этой базе ещё нет школы — сначала создайте её.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Вернуть из архива</translation>
    </message>
    <message>
        <source>Quality of knowledge: the results of this quarter. Lessons observed and average score: this academic year up to {date}. Last course and flags: as of {date}.</source>
        <translation>Качество знаний — итоги этой четверти. Посещено уроков и средний результат — с начала учебного года по {date}. Последний курс и сигналы — на {date}.</translation>
    </message>
    <message>
        <source>No quarters in this database yet — the numbers stay empty (—).</source>
        <translation>В базе ещё нет четвертей — показатели пусты (—).</translation>
    </message>
    <message>
        <source>{period}: no results yet — quality of knowledge shows “—”.</source>
        <translation>{period}: итогов пока нет — в столбце «Качество знаний» стоит «—».</translation>
    </message>
    <message>
        <source>Show {period}</source>
        <translation>Показать: {period}</translation>
    </message>
    <message>
        <source>Enter results</source>
        <translation>Ввести результаты</translation>
    </message>
    <message>
        <source>Edit teacher</source>
        <translation>Изменить данные учителя</translation>
    </message>
    <message>
        <source>Archive teacher</source>
        <translation>Отправить учителя в архив</translation>
    </message>
    <message>
        <source>Archive {name}? The teacher leaves the staff list; observations, results and activities stay.</source>
        <translation>Отправить в архив: {name}? Учитель уйдёт из списка состава; посещения, результаты и деятельность сохранятся.</translation>
    </message>
    <message>
        <source>Teachers</source>
        <translation>Учителя</translation>
    </message>
    <message>
        <source>Print the staff list</source>
        <translation>Печать списка учителей</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved to {path}</source>
        <translation>Сохранено: {path}</translation>
    </message>
    <message>
        <source>Teachers — {school}, {date}</source>
        <translation>Учителя — {school}, {date}</translation>
    </message>
</context>
<context>
    <name>TeamView</name>
    <message>
        <source>No department</source>
        <translation>Без МО</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>МО</translation>
    </message>
    <message>
        <source>Teachers</source>
        <translation>Учителя</translation>
    </message>
    <message>
        <source>Observations</source>
        <translation>Посещения</translation>
    </message>
    <message>
        <source>Average
score</source>
        <translation>Средний
результат</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>Качество</translation>
    </message>
    <message>
        <source>Quality of knowledge</source>
        <translation>Качество знаний</translation>
    </message>
    <message>
        <source>SOU</source>
        <translation>СОУ</translation>
    </message>
    <message>
        <source>Degree of learning (SOU)</source>
        <translation>Степень обученности учащихся (СОУ)</translation>
    </message>
    <message>
        <source>Average
grade</source>
        <translation>Средний
балл</translation>
    </message>
    <message>
        <source>Course
on time</source>
        <translation>Курсы
в срок</translation>
    </message>
    <message>
        <source>Share of teachers whose last course is within the period</source>
        <translation>Доля учителей, чей последний курс в пределах срока</translation>
    </message>
    <message>
        <source>Activities
per teacher</source>
        <translation>Деятельность
на учителя</translation>
    </message>
    <message>
        <source>Not
observed</source>
        <translation>Не
посещались</translation>
    </message>
    <message>
        <source>Share of teachers with no observation this year</source>
        <translation>Доля учителей, чьи уроки в этом году не посещались</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Есть</translation>
    </message>
    <message>
        <source>No evidence</source>
        <translation>Нет данных</translation>
    </message>
    <message>
        <source>Mechanism</source>
        <translation>Механизм</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Данные</translation>
    </message>
    <message>
        <source>Criteria
scored</source>
        <translation>Оценено
критериев</translation>
    </message>
    <message>
        <source>Scores of checklist criteria tagged with the mechanism this year</source>
        <translation>Оценки критериев с этим механизмом в этом году</translation>
    </message>
    <message>
        <source>Their
average</source>
        <translation>Их
среднее</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Деятельность</translation>
    </message>
    <message>
        <source>Teachers with such an activity this year</source>
        <translation>Учителя с такой деятельностью в этом году</translation>
    </message>
    <message>
        <source>Mechanisms of quality: where the school has evidence</source>
        <translation>Механизмы качества: где у школы есть данные</translation>
    </message>
    <message>
        <source>No teachers yet — add them on the Staff page or import a list.</source>
        <translation>Учителей пока нет — добавьте их на странице «Состав» или импортируйте список.</translation>
    </message>
    <message>
        <source>Departments side by side — {year}</source>
        <translation>Сравнение МО — {year}</translation>
    </message>
    <message>
        <source>Departments side by side</source>
        <translation>Сравнение МО</translation>
    </message>
    <message>
        <source>Observations and activities of this academic year; pupils' results of {term}. The last row is the whole school.</source>
        <translation>Посещения и деятельность — за этот учебный год; результаты учащихся — {term}. Последняя строка — вся школа.</translation>
    </message>
    <message>
        <source>Whole school</source>
        <translation>Вся школа</translation>
    </message>
    <message>
        <source>Teachers by the band of their average observation score this year, %</source>
        <translation>Учителя по уровню среднего результата посещений в этом году, %</translation>
    </message>
    <message>
        <source>Not observed</source>
        <translation>Не посещались</translation>
    </message>
    <message>
        <source>Share of teachers, %</source>
        <translation>Доля учителей, %</translation>
    </message>
</context>
<context>
    <name>TemplateImportDialog</name>
    <message>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Файл:</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Импортировать</translation>
    </message>
    <message>
        <source>As written in the file</source>
        <translation>Как указано в файле</translation>
    </message>
    <message>
        <source>Checking the file…</source>
        <translation>Проверяем файл…</translation>
    </message>
    <message>
        <source>{count} problems: correct the file and choose it again. Nothing is written.</source>
        <translation>Проблем: {count}. Исправьте файл и выберите его снова. Ничего не записано.</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Проблема</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Лист</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Строка</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Столбец</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Импорт…</translation>
    </message>
</context>
<context>
    <name>ThresholdsPage</name>
    <message>
        <source> years</source>
        <translation> лет</translation>
    </message>
    <message>
        <source>Observer agreement: weighted κ</source>
        <translation>Согласие наблюдателей: взвешенная κ</translation>
    </message>
    <message>
        <source> days</source>
        <translation> дн.</translation>
    </message>
    <message>
        <source>Bands of the observation score</source>
        <translation>Уровни результата посещения</translation>
    </message>
    <message>
        <source>High from</source>
        <translation>Высокий — от</translation>
    </message>
    <message>
        <source>Good from</source>
        <translation>Хороший — от</translation>
    </message>
    <message>
        <source>Needs improvement from</source>
        <translation>Требует улучшения — от</translation>
    </message>
    <message>
        <source>Below the last one: unsatisfactory.</source>
        <translation>Ниже — неудовлетворительный.</translation>
    </message>
    <message>
        <source>Degree of learning (SOU): weight of each mark</source>
        <translation>Степень обученности (СОУ): вес каждой оценки</translation>
    </message>
    <message>
        <source>Mark 5</source>
        <translation>Оценка 5</translation>
    </message>
    <message>
        <source>Mark 4</source>
        <translation>Оценка 4</translation>
    </message>
    <message>
        <source>Mark 3</source>
        <translation>Оценка 3</translation>
    </message>
    <message>
        <source>Mark 2</source>
        <translation>Оценка 2</translation>
    </message>
    <message>
        <source>Mark 1 and not attested</source>
        <translation>Оценка 1 и не аттестован</translation>
    </message>
    <message>
        <source>Simonov's levels: 1.00, 0.64, 0.36, 0.16, 0.07.</source>
        <translation>Уровни В. П. Симонова: 1,00; 0,64; 0,36; 0,16; 0,07.</translation>
    </message>
    <message>
        <source>Flags and periods</source>
        <translation>Сигналы и сроки</translation>
    </message>
    <message>
        <source>Professional development: a course every</source>
        <translation>Повышение квалификации: курс каждые</translation>
    </message>
    <message>
        <source>Course hours counted over the last</source>
        <translation>Часы курсов считаются за последние</translation>
    </message>
    <message>
        <source>Observer agreement is low below weighted κ</source>
        <translation>Согласие наблюдателя низкое при взвешенной κ ниже</translation>
    </message>
    <message>
        <source>Flag a follow-up when late by more than</source>
        <translation>Сигнал, если повторное посещение опаздывает более чем на</translation>
    </message>
    <message>
        <source>Largest sheet an import accepts, rows</source>
        <translation>Наибольший лист для импорта, строк</translation>
    </message>
    <message>
        <source>Restore the defaults</source>
        <translation>Вернуть значения по умолчанию</translation>
    </message>
    <message>
        <source>“Good” must start at or below “High”.</source>
        <translation>«Хороший» должен начинаться не выше «Высокого».</translation>
    </message>
    <message>
        <source>“Needs improvement” must start at or below “Good”.</source>
        <translation>«Требует улучшения» должен начинаться не выше «Хорошего».</translation>
    </message>
    <message>
        <source>A better mark cannot weigh less than a worse one: the weights must go down from 5 to 1.</source>
        <translation>Лучшая оценка не может весить меньше худшей: веса должны убывать от 5 к 1.</translation>
    </message>
    <message>
        <source>The weight of a 5 must be more than 0.</source>
        <translation>Вес оценки 5 должен быть больше 0.</translation>
    </message>
</context>
<context>
    <name>TimeOnTaskPanel</name>
    <message>
        <source>Time on instruction — {period}</source>
        <translation>Время на обучение — {period}</translation>
    </message>
    <message>
        <source>No time-on-task snapshots in this selection — choose a checklist with snapshots (Observations ▸ Checklists…) and take them during a lesson.</source>
        <translation>В этой выборке нет срезов учебного времени — выберите бланк со срезами (Наблюдения ▸ Чек-листы…) и делайте срезы на уроке.</translation>
    </message>
    <message>
        <source>{count} lessons with snapshots: instruction {instruction}, management {management}, pupils engaged {engaged}; {meeting} meet both references (instruction ≥ {top}, management ≤ {low}).</source>
        <translation>Уроков со срезами: {count}; обучение {instruction}, управление {management}, ученики заняты {engaged}; оба ориентира достигнуты: {meeting} (обучение ≥ {top}, управление ≤ {low}).</translation>
    </message>
    <message>
        <source>{low}–{high} %</source>
        <translation>{low}–{high} %</translation>
    </message>
    <message>
        <source>{span} of the snapshots on instruction: {count} lessons</source>
        <translation>{span} срезов на обучение: уроков {count}</translation>
    </message>
    <message>
        <source>Share of snapshots on instruction, %</source>
        <translation>Доля срезов на обучение, %</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>Уроки</translation>
    </message>
    <message>
        <source>Reference for effective teachers: ≥ {value} on instruction</source>
        <translation>Ориентир для эффективных учителей: ≥ {value} на обучение</translation>
    </message>
    <message>
        <source>Share on instruction</source>
        <translation>Доля обучения</translation>
    </message>
</context>
<context>
    <name>TrendPanel</name>
    <message>
        <source>Indicator</source>
        <translation>Показатель</translation>
    </message>
    <message>
        <source>{indicator} by quarter — up to {period}</source>
        <translation>{indicator} по четвертям (последняя — {period})</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Четверть</translation>
    </message>
</context>
<context>
    <name>VisitConflict</name>
    <message>
        <source>Teacher</source>
        <translation>Учитель</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Месяц</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>День</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Цель</translation>
    </message>
    <message>
        <source>Observer</source>
        <translation>Наблюдатель</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Удалено</translation>
    </message>
    <message>
        <source>Saved again, unchanged</source>
        <translation>Сохранено заново, без изменений</translation>
    </message>
</context>
<context>
    <name>VisitPlanExport</name>
    <message>
        <source>Month</source>
        <translation>Месяц</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>День</translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation>Учитель</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>МО</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Цель</translation>
    </message>
    <message>
        <source>Observer</source>
        <translation>Наблюдатель</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Observed on</source>
        <translation>Дата посещения</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <source>Visit plan</source>
        <translation>План посещений</translation>
    </message>
    <message>
        <source>Visit plan — {school}, {period}</source>
        <translation>План посещений — {school}, {period}</translation>
    </message>
    <message>
        <source>As of {date}: {counts}</source>
        <translation>На {date}: {counts}</translation>
    </message>
    <message>
        <source>No visits are planned for this period.</source>
        <translation>На этот период посещения не запланированы.</translation>
    </message>
    <message>
        <source>APPROVED</source>
        <translation>УТВЕРЖДАЮ</translation>
    </message>
    <message>
        <source>School director</source>
        <translation>Директор школы</translation>
    </message>
    <message>
        <source>Prepared by the deputy director</source>
        <translation>Составил заместитель директора</translation>
    </message>
    <message>
        <source>signature</source>
        <translation>подпись</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Ф. И. О.</translation>
    </message>
    <message>
        <source>date</source>
        <translation>дата</translation>
    </message>
</context>
<context>
    <name>VisitPlanFiles</name>
    <message>
        <source>Visit plan as PDF</source>
        <translation>План посещений в PDF</translation>
    </message>
    <message>
        <source>visit-plan.pdf</source>
        <translation>план-посещений.pdf</translation>
    </message>
    <message>
        <source>Export the visit plan</source>
        <translation>Экспорт плана посещений</translation>
    </message>
    <message>
        <source>visit-plan.xlsx</source>
        <translation>план-посещений.xlsx</translation>
    </message>
    <message>
        <source>Visit plan</source>
        <translation>План посещений</translation>
    </message>
</context>
<context>
    <name>VisitPlanView</name>
    <message>
        <source>Academic year</source>
        <translation>Учебный год</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Месяц</translation>
    </message>
    <message>
        <source>Every status</source>
        <translation>Все статусы</translation>
    </message>
    <message>
        <source>Search teacher…</source>
        <translation>Поиск учителя…</translation>
    </message>
    <message>
        <source>Plan a visit…</source>
        <translation>Запланировать…</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Generate plan…</source>
        <translation>Составить план…</translation>
    </message>
    <message>
        <source>Observe this visit</source>
        <translation>Провести посещение</translation>
    </message>
    <message>
        <source>A new observation for the chosen planned visit</source>
        <translation>Новое наблюдение по выбранному посещению из плана</translation>
    </message>
    <message>
        <source>Export .xlsx…</source>
        <translation>Экспорт .xlsx…</translation>
    </message>
    <message>
        <source>PDF…</source>
        <translation>PDF…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Печать…</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>День</translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation>Учитель</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>МО</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Цель</translation>
    </message>
    <message>
        <source>Observer</source>
        <translation>Наблюдатель</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Observed on</source>
        <translation>Дата посещения</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <source>No visits are planned for this period — use Generate plan… or Plan a visit…</source>
        <translation>На этот период посещения не запланированы — нажмите «Составить план…» или «Запланировать…»</translation>
    </message>
    <message>
        <source>Whole year</source>
        <translation>Весь год</translation>
    </message>
    <message>
        <source>{status} (as {purpose})</source>
        <translation>{status} (как «{purpose}»)</translation>
    </message>
    <message>
        <source>Planned as {planned}, observed as {observed}: the visit took place, so it counts as done.</source>
        <translation>Запланировано как «{planned}», проведено как «{observed}»: посещение состоялось, поэтому оно засчитано.</translation>
    </message>
    <message>
        <source>Someone else saved this planned visit</source>
        <translation>Кто-то другой сохранил это запланированное посещение</translation>
    </message>
    <message>
        <source>Visit plan</source>
        <translation>План посещений</translation>
    </message>
    <message>
        <source>Delete planned visits</source>
        <translation>Удаление посещений из плана</translation>
    </message>
    <message>
        <source>Delete {count} planned visits from the plan?</source>
        <translation>Удалить из плана посещения ({count})?</translation>
    </message>
    <message>
        <source>Someone else changed these planned visits</source>
        <translation>Кто-то другой изменил эти запланированные посещения</translation>
    </message>
    <message>
        <source>{count} visits added to the plan.</source>
        <translation>Добавлено в план посещений: {count}.</translation>
    </message>
</context>
<context>
    <name>Voices</name>
    <message>
        <source>Parents</source>
        <translation>Родители</translation>
    </message>
    <message>
        <source>Pupils</source>
        <translation>Учащиеся</translation>
    </message>
    <message>
        <source>Teachers</source>
        <translation>Учителя</translation>
    </message>
    <message>
        <source>Employers</source>
        <translation>Работодатели</translation>
    </message>
    <message>
        <source>Teaching and learning</source>
        <translation>Обучение</translation>
    </message>
    <message>
        <source>Climate and safety</source>
        <translation>Климат и безопасность</translation>
    </message>
    <message>
        <source>Conditions and resources</source>
        <translation>Условия и ресурсы</translation>
    </message>
    <message>
        <source>Communication with families</source>
        <translation>Связь с семьёй</translation>
    </message>
    <message>
        <source>Readiness for study and work</source>
        <translation>Готовность к учёбе и работе</translation>
    </message>
    <message>
        <source>Counts per statement (how many chose 1…5)</source>
        <translation>Числа по утверждениям (сколько выбрали 1…5)</translation>
    </message>
    <message>
        <source>One row per questionnaire</source>
        <translation>Одна строка — одна анкета</translation>
    </message>
    <message>
        <source>Grade 10 at school</source>
        <translation>10 класс в школе</translation>
    </message>
    <message>
        <source>Academic lyceum</source>
        <translation>Академический лицей</translation>
    </message>
    <message>
        <source>College / technikum</source>
        <translation>Колледж / техникум</translation>
    </message>
    <message>
        <source>University</source>
        <translation>Вуз</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Работа</translation>
    </message>
    <message>
        <source>Dual education with a partner</source>
        <translation>Дуальное обучение у партнёра</translation>
    </message>
    <message>
        <source>Internship with a partner</source>
        <translation>Стажировка у партнёра</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Другое</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Неизвестно</translation>
    </message>
    <message>
        <source>dual education</source>
        <translation>дуальное обучение</translation>
    </message>
    <message>
        <source>internship</source>
        <translation>практика</translation>
    </message>
    <message>
        <source>work</source>
        <translation>работа</translation>
    </message>
</context>
<context>
    <name>VoicesMenus</name>
    <message>
        <source>School profile…</source>
        <translation>Профиль школы…</translation>
    </message>
    <message>
        <source>The school's figures, voices and graduates on one page, printable</source>
        <translation>Цифры школы, мнения и выпускники на одной странице, для печати</translation>
    </message>
    <message>
        <source>Choose a school first</source>
        <translation>Сначала выберите школу</translation>
    </message>
    <message>
        <source>Survey imported: {file}</source>
        <translation>Опрос импортирован: {file}</translation>
    </message>
    <message>
        <source>Template saved to {path}</source>
        <translation>Шаблон сохранён: {path}</translation>
    </message>
    <message>
        <source>Graduates of grade {grade}, {year} saved</source>
        <translation>Выпускники {grade} класса, {year}: сохранено</translation>
    </message>
    <message>
        <source>Graduates imported: {file}</source>
        <translation>Выпускники импортированы: {file}</translation>
    </message>
    <message>
        <source>Questionnaire saved to {path}</source>
        <translation>Анкета сохранена: {path}</translation>
    </message>
    <message>
        <source>Surveys</source>
        <translation>Опросы</translation>
    </message>
    <message>
        <source>Import survey…</source>
        <translation>Импорт опроса…</translation>
    </message>
    <message>
        <source>Blank survey template…</source>
        <translation>Пустой шаблон опроса…</translation>
    </message>
    <message>
        <source>Print a questionnaire…</source>
        <translation>Печать анкеты…</translation>
    </message>
    <message>
        <source>Questionnaires…</source>
        <translation>Анкеты…</translation>
    </message>
    <message>
        <source>Where the graduates went…</source>
        <translation>Куда пошли выпускники…</translation>
    </message>
    <message>
        <source>Import graduates…</source>
        <translation>Импорт выпускников…</translation>
    </message>
</context>
<context>
    <name>VoicesPanel</name>
    <message>
        <source>Voices: how parents, pupils, teachers and employers see the school</source>
        <translation>Голоса: как видят школу родители, учащиеся, учителя и работодатели</translation>
    </message>
    <message>
        <source>No survey yet — print a questionnaire, type the answers into the template and import it.</source>
        <translation>Опросов пока нет — распечатайте анкету, впишите ответы в шаблон и импортируйте его.</translation>
    </message>
    <message>
        <source>Import survey…</source>
        <translation>Импорт опроса…</translation>
    </message>
    <message>
        <source>Blank survey template…</source>
        <translation>Пустой шаблон опроса…</translation>
    </message>
    <message>
        <source>Schools side by side (share agreeing, all statements)</source>
        <translation>Школы рядом (доля согласных, все утверждения)</translation>
    </message>
    <message>
        <source>Share of answers 4 or 5 on the scale 1–5, from the latest survey of each group; shown from {minimum} respondents.</source>
        <translation>Доля ответов 4 и 5 по шкале 1–5 в последнем опросе каждой группы; показывается, если ответили не меньше {minimum}.</translation>
    </message>
    <message>
        <source>Not asked of this group.</source>
        <translation>Этой группе такой вопрос не задавали.</translation>
    </message>
    <message>
        <source>Only {count} answered: shown from {minimum}.</source>
        <translation>Ответили только {count}: показывается от {minimum}.</translation>
    </message>
    <message>
        <source>(low)</source>
        <translation>(низко)</translation>
    </message>
    <message>
        <source>Mean {mean} of 5; {answers} answers from {respondents} respondents.</source>
        <translation>Среднее {mean} из 5; ответов — {answers}, респондентов — {respondents}.</translation>
    </message>
    <message>
        <source>{change} points since {year}, quarter {term}.</source>
        <translation>{change} п. по сравнению с {year}, {term}-я четверть.</translation>
    </message>
    <message>
        <source>{respondents} respondents; survey of {year}, quarter {term}.</source>
        <translation>Респондентов: {respondents}; опрос {year}, {term}-я четверть.</translation>
    </message>
    <message>
        <source>All statements</source>
        <translation>Все утверждения</translation>
    </message>
    <message>
        <source>Change since the survey before</source>
        <translation>Изменение с прошлого опроса</translation>
    </message>
    <message>
        <source>points</source>
        <translation>п.</translation>
    </message>
    <message>
        <source>No survey of this group before.</source>
        <translation>Раньше эту группу не опрашивали.</translation>
    </message>
    <message>
        <source>Parents and pupils see no dimension very differently from teachers.</source>
        <translation>Родители и учащиеся ни по одному направлению не расходятся с учителями сильно.</translation>
    </message>
    <message>
        <source>{dimension}: {group} {share} agree, teachers {other} — {points} points apart.</source>
        <translation>{dimension}: {group} — согласны {share}, учителя — {other}; разница {points} п.</translation>
    </message>
    <message>
        <source>Where they disagree with teachers:</source>
        <translation>Где расходятся с учителями:</translation>
    </message>
</context>
</TS>
