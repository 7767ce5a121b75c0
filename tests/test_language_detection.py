"""Offline language identification by script and stopword profile."""

from __future__ import annotations

import pytest

from communique.language import LanguageProfiles, detect_language


@pytest.fixture(scope="module")
def profiles():
    return LanguageProfiles.load()


@pytest.mark.parametrize("text, expected", [
    ("The foreign ministers met on Tuesday and said that talks would continue next month.", "en"),
    ("Les ministres des affaires étrangères se sont réunis mardi et ont dit que les discussions "
     "vont continuer.", "fr"),
    ("Die Außenminister trafen sich am Dienstag und sagten, dass die Gespräche im nächsten Monat "
     "weitergehen.", "de"),
    ("Los ministros de exteriores se reunieron el martes y dijeron que las conversaciones "
     "seguirán el próximo mes.", "es"),
    ("I ministri degli esteri si sono incontrati martedì e hanno detto che i colloqui "
     "continueranno il mese prossimo.", "it"),
    ("Menteri luar negeri bertemu pada hari Selasa dan mengatakan bahwa pembicaraan akan "
     "dilanjutkan bulan depan.", "id"),
    ("양국 외교장관은 화요일 회담을 갖고 다음 달 협의를 계속하기로 했다.", "ko"),
    ("両国の外相は火曜日に会談し、来月も協議を続けることで一致した。", "ja"),
    ("两国外长周二举行会谈，同意下个月继续磋商。两国外长周二举行会谈。", "zh"),
    ("Министры иностранных дел встретились во вторник и договорились продолжить переговоры.", "ru"),
    ("Міністри закордонних справ зустрілися у вівторок і домовилися продовжити переговори.", "uk"),
    ("اجتمع وزيرا الخارجية يوم الثلاثاء واتفقا على مواصلة المحادثات الشهر المقبل.", "ar"),
    ("שרי החוץ נפגשו ביום שלישי והסכימו להמשיך בשיחות בחודש הבא.", "he"),
    ("विदेश मंत्रियों ने मंगलवार को मुलाकात की और अगले महीने बातचीत जारी रखने पर सहमति जताई।", "hi"),
    ("Οι υπουργοί Εξωτερικών συναντήθηκαν την Τρίτη και συμφώνησαν να συνεχίσουν τις συνομιλίες.", "el"),
])
def test_language_detection_by_script_and_stopwords(profiles, text, expected):
    assert profiles.detect(text) == expected


@pytest.mark.parametrize("text", ["", "Seoul", "NATO 2024", "12:30 — 14.06.2024"])
def test_language_detection_too_little_text_is_none(text):
    assert detect_language(text) is None


def test_language_menu_names_map_to_codes(profiles):
    assert profiles.language_named("한국어") == "ko"
    assert profiles.language_named("Español") == "es"
    assert profiles.language_named("Seoul") is None
