package ru.otklik.message.boundary;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.HashSet;
import java.util.List;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The IN lists of the lookup of known external ids (issue 4, bench/messages.sh). */
class MessageRegistrarTest {

    /** The lengths a list of n values is padded to: 16, 128, then whole thousands of 1,024. */
    @ParameterizedTest(name = "{0} values -> {1}")
    @CsvSource({"0, 0", "1, 16", "7, 16", "16, 16", "17, 128", "128, 128", "129, 1024", "1000, 1024", "1024, 1024",
            "1025, 2048", "3000, 3072"})
    void anInListIsPaddedToAFewLengthsAndMatchesTheSameValues(int n, int length) {
        List<String> ids = IntStream.range(0, n).mapToObj(i -> "id-" + i).toList();

        List<String> padded = MessageRegistrar.padded(ids);

        assertEquals(length, padded.size());
        assertEquals(new HashSet<>(ids), new HashSet<>(padded), "the same values, nothing added");
        assertEquals(ids, padded.subList(0, n), "the values first, in their order");
    }
}
