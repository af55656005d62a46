from questionnaires.framework.determination import Citation
from questionnaires.framework.wording import join_words, unique_citations


def test_join_words_reads_like_a_sentence():
    assert join_words([]) == ""
    assert join_words(["salary"]) == "salary"
    assert join_words(["salary", "allowances"]) == "salary and allowances"
    assert join_words(["a", "b", "c"]) == "a, b and c"


def test_unique_citations_keeps_the_first_of_each_in_order():
    first, second = Citation("CR 2005/54", "para 43"), Citation("ITAA 1936", "s 23AG(1)")
    assert unique_citations(first, (second, first), second) == (first, second)
