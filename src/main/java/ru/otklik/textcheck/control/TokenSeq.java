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
}
