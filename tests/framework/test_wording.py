from datetime import date

from questionnaires.framework.determination import Citation
from questionnaires.framework.wording import join_words, long_date, unique_citations, us_long_date


def test_join_words_reads_like_a_sentence():
    assert join_words([]) == ""
    assert join_words(["salary"]) == "salary"
    assert join_words(["salary", "allowances"]) == "salary and allowances"
    assert join_words(["a", "b", "c"]) == "a, b and c"


def test_unique_citations_keeps_the_first_of_each_in_order():
    first, second = Citation("CR 2005/54", "para 43"), Citation("ITAA 1936", "s 23AG(1)")
    assert unique_citations(first, (second, first), second) == (first, second)


def test_dates_are_written_out_the_way_each_country_writes_them():
    assert long_date(date(2025, 3, 3)) == "3 March 2025"
    assert us_long_date(date(2025, 3, 3)) == "March 3, 2025"
