"""Word lists for the demo school: Uzbek people's names, departments, places, observation texts.

Kept apart from services/demo.py so the generator reads as logic. Everything here is data
(plus a tiny Latin → Uzbek Cyrillic writer for names) and fictional.
"""

from __future__ import annotations

OKINA = "\u02bb"  # the official oʻ / gʻ mark
TUTUQ = "\u02bc"  # tutuq belgisi

# Surnames in their male form (the female form adds "a": Karimov → Karimova).
SURNAMES: tuple[str, ...] = (
    "Karimov", "Tursunov", "Rahimov", "Aliyev", "Sharipov", "Yusupov", "Ismoilov",
    "Xolmatov", "Abdullayev", "Qodirov", "Ergashev", "Nazarov", "Mirzayev", "Saidov",
    "Raximov", "Hamidov", "Joʻrayev", "Murodov", "Sobirov", "Toshmatov", "Usmonov",
    "Zokirov", "Normatov", "Boboyev", "Mahmudov", "Olimov", "Valiyev", "Safarov",
    "Yoʻldoshev", "Xudoyberdiyev", "Qurbonov", "Rustamov", "Sultonov", "Fayziyev",
    "Umarov", "Axmedov", "Bakirov", "Davlatov", "Eshonqulov", "Hakimov", "Inoyatov",
    "Kamolov", "Latipov", "Musayev", "Nurmatov", "Poʻlatov", "Rasulov", "Shodmonov",
    "Toʻxtayev", "Gʻulomov", "Gʻaniyev", "Qoʻchqorov", "Oʻrinov",
    "Salimov", "Tojiyev", "Xasanov", "Yoqubov", "Ziyodullayev", "Azimov", "Roʻziyev",
)  # fmt: skip

FEMALE_NAMES: tuple[str, ...] = (
    "Dilnoza", "Gulnora", "Nodira", "Malika", "Shahnoza", "Feruza", "Zuhra", "Nilufar",
    "Dilfuza", "Mohira", "Sevara", "Madina", "Nargiza", "Gulchehra", "Barno", "Munira",
    "Zarina", "Kamola", "Lola", "Hilola", "Umida", "Yulduz", "Dildora", "Saodat", "Raʼno",
    "Mavluda", "Iroda", "Odina", "Xurshida", "Gulbahor", "Zilola", "Nasiba", "Dilorom",
    "Matluba", "Shoira", "Goʻzal", "Muqaddas", "Ozoda", "Rayhon", "Sabohat", "Laylo",
    "Oysha", "Charos", "Nigora", "Mahliyo", "Sitora", "Gulshan", "Durdona", "Muattar",
)  # fmt: skip

MALE_NAMES: tuple[str, ...] = (
    "Jasur", "Rustam", "Bahodir", "Aziz", "Sardor", "Otabek", "Sherzod", "Ulugʻbek",
    "Farrux", "Doniyor", "Jamshid", "Anvar", "Bobur", "Dilshod", "Akmal", "Shavkat",
    "Nodir", "Ravshan", "Sanjar", "Temur", "Xurshid", "Elyor", "Behzod", "Islom",
    "Mansur", "Alisher", "Oybek", "Zafar", "Murod", "Abror", "Gʻayrat", "Toʻlqin",
    "Oʻktam", "Sobir", "Hamid", "Qahramon", "Botir", "Yorqin", "Komil", "Ibrohim",
)  # fmt: skip

# Fathers' names for patronymics: Rustam → Rustamovich / Rustamovna.
FATHER_NAMES: tuple[str, ...] = (
    "Rustam", "Baxtiyor", "Akmal", "Karim", "Shavkat", "Abdulla", "Erkin", "Anvar",
    "Baxodir", "Ravshan", "Ortiq", "Hamid", "Nurali", "Tohir", "Zokir", "Ulugʻbek",
    "Alisher", "Sobir", "Murod", "Ibrohim", "Mahmud", "Jumaboy", "Olim", "Salim",
    "Qobil", "Turgʻun", "Xolmat", "Nazar", "Yusuf", "Ismoil", "Davron", "Komil",
    "Shuhrat", "Farhod", "Abdurahmon", "Bahrom", "Rahmon", "Gʻofur", "Hasan", "Usmon",
)  # fmt: skip


def patronymic(father: str, female: bool) -> str:
    """Rustam → Rustamovich, Abdulla → Abdullayevna, Nurali → Nuraliyevich, Erkin → Erkinovna,
    Jumaboy → Jumaboyevich, Ergash → Ergashevich (e after sh, ch, j, y as in Russian)."""
    if father[-1] in "aeiou":
        ending = "yev"
    elif father.endswith(("sh", "ch", "j", "y")):
        ending = "ev"
    else:
        ending = "ov"
    return father + ending + ("na" if female else "ich")


def surname_form(surname: str, female: bool) -> str:
    return surname + "a" if female else surname


# --- Uzbek Latin → Uzbek Cyrillic (names only: enough for the lists above) ---------------

_DIGRAPHS: tuple[tuple[str, str], ...] = (
    ("yo\u02bb", "йў"), ("o\u02bb", "ў"), ("g\u02bb", "ғ"), ("sh", "ш"), ("ch", "ч"),
    ("yo", "ё"), ("yu", "ю"), ("ya", "я"), ("ye", "е"),
)  # fmt: skip
_LETTERS = {
    "a": "а", "b": "б", "d": "д", "e": "е", "f": "ф", "g": "г", "h": "ҳ", "i": "и",
    "j": "ж", "k": "к", "l": "л", "m": "м", "n": "н", "o": "о", "p": "п", "q": "қ",
    "r": "р", "s": "с", "t": "т", "u": "у", "v": "в", "x": "х", "y": "й", "z": "з",
    TUTUQ: "ъ",
}  # fmt: skip


def to_cyrillic(text: str) -> str:
    """Write an Uzbek Latin name in Uzbek Cyrillic: Sharipova Gulnora → Шарипова Гулнора."""
    words = []
    for word in text.split():
        out: list[str] = []
        lower = word.lower()
        i = 0
        while i < len(lower):
            for latin, cyr in _DIGRAPHS:
                if lower.startswith(latin, i):
                    piece, i = cyr, i + len(latin)
                    break
            else:
                ch = lower[i]
                piece = "э" if ch == "e" and i == 0 else _LETTERS.get(ch, ch)
                i += 1
            out.append(piece)
        cyr_word = "".join(out)
        words.append(cyr_word[:1].upper() + cyr_word[1:])
    return " ".join(words)


# --- schools and people around them ------------------------------------------------------

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
