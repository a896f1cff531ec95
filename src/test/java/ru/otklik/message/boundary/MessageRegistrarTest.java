package ru.otklik.message.boundary;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.HashSet;
import java.util.List;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The IN lists of the lookup of known external ids (issue 4, bench/messages.sh). */
class MessageRegistrarTest {

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 7, 16, 17, 128, 129, 1000, 1024, 1025, 3000})
    void anInListIsPaddedToAFewLengthsAndMatchesTheSameValues(int n) {
        List<String> ids = IntStream.range(0, n).mapToObj(i -> "id-" + i).toList();

        List<String> padded = MessageRegistrar.padded(ids);

        assertEquals(new HashSet<>(ids), new HashSet<>(padded), "the same values, nothing added");
        assertEquals(ids, padded.subList(0, n), "the values first, in their order");
        int expected = n == 0 ? 0 : n <= 16 ? 16 : n <= 128 ? 128 : (n + 1023) / 1024 * 1024;
        assertEquals(expected, padded.size());
        assertTrue(padded.size() >= n);
    }
}
