package ru.otklik.textcheck.control;

/** The words of a text as the rule patterns see them: folded forms, their stems, their sentences. */
interface TokenSeq {

    int size();

    /** Lower case, ё as е (and, for abuse detection, with disguises undone). */
    String form(int i);

    /** Computed on first use: most rules never ask. */
    String stem(int i);

    int sentence(int i);

    /** Character offsets of the token in the original text. */
    int start(int i);

    int end(int i);

    /** The first {@code k} letters of the form (k of 1 to 3, at most the form's length); may be cached. */
    default String beginning(int i, int k) {
        return form(i).substring(0, k);
    }
}
