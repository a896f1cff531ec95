package ru.otklik.message.control;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** How a batch of new messages is cut into multi-row INSERTs (MessageRows). */
class MessageRowsTest {

    @Test
    void anInsertHasAPlaceholderForEveryValueOfEveryRow() {
        assertThat(MessageRows.insert("INSERT INTO t (a, b) VALUES ", 2, 1)).isEqualTo("INSERT INTO t (a, b) VALUES (?, ?)");
        assertThat(MessageRows.insert("INSERT INTO t (a, b, c) VALUES ", 3, 3))
                .isEqualTo("INSERT INTO t (a, b, c) VALUES (?, ?, ?), (?, ?, ?), (?, ?, ?)");
        String messages = MessageRows.insert(MessageRows.INSERT_MESSAGE, MessageRows.MESSAGE_COLUMNS, 200);
        assertThat(messages.chars().filter(c -> c == '?').count()).isEqualTo(200L * 21);
        // the column list and a row's placeholders agree
        String columns = MessageRows.INSERT_MESSAGE.substring(MessageRows.INSERT_MESSAGE.indexOf('(') + 1,
                MessageRows.INSERT_MESSAGE.indexOf(')'));
        assertThat(columns.split(",")).hasSize(MessageRows.MESSAGE_COLUMNS);
        String events = MessageRows.INSERT_EVENT.substring(MessageRows.INSERT_EVENT.indexOf('(') + 1,
                MessageRows.INSERT_EVENT.indexOf(')'));
        assertThat(events.split(",")).hasSize(MessageRows.EVENT_COLUMNS);
    }

    @Test
    void aBatchOfSmallRowsIsCutEveryMaxRowsAndKeepsItsOrder() {
        List<Integer> rows = IntStream.range(0, 1000).boxed().toList();
        List<List<Integer>> chunks = MessageRows.chunks(rows, r -> 500);
        assertThat(chunks).extracting(List::size).containsExactly(200, 200, 200, 200, 200);
        assertThat(chunks.stream().flatMap(List::stream).toList()).isEqualTo(rows);
        assertThat(MessageRows.chunks(IntStream.range(0, 201).boxed().toList(), r -> 1)).extracting(List::size)
                .containsExactly(200, 1);
        assertThat(MessageRows.chunks(List.<Integer>of(), r -> 1)).isEmpty();
    }

    @Test
    void largeRowsAreCutBeforeAStatementOutgrowsItsBytes() {
        // 64 KB texts at 4 bytes a character: 262,544 bytes a row, so 15 rows make 3.9 MB and the 16th would pass 4 MB
        long large = 400 + 4L * 65_536;
        List<Integer> rows = IntStream.range(0, 40).boxed().toList();
        List<List<Integer>> chunks = MessageRows.chunks(rows, r -> large);
        assertThat(chunks).extracting(List::size).containsExactly(15, 15, 10);
        for (List<Integer> chunk : chunks) {
            assertThat(chunk.size() * large).isLessThanOrEqualTo(MessageRows.MAX_BYTES);
        }
        // a row larger than a statement's bytes on its own still goes, alone
        List<Integer> mixed = new ArrayList<>(Collections.nCopies(3, 1));
        mixed.add(2);
        mixed.add(1);
        assertThat(MessageRows.chunks(mixed, r -> r == 2 ? MessageRows.MAX_BYTES + 1 : 10)).extracting(List::size)
                .containsExactly(3, 1, 1);
    }
}
