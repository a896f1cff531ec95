package ru.otklik.textcheck.control;

import org.tartarus.snowball.ext.RussianStemmer;

import java.util.HashMap;
import java.util.Map;

/**
 * The Snowball Russian stemmer (Lucene's port) with a per-use cache. Snowball programs keep state,
 * so an instance belongs to one check on one thread; a check makes its own.
 */
final class Stemmer {

    private final RussianStemmer snowball = new RussianStemmer();
    private final Map<String, String> cache = new HashMap<>();

    /** The stem of a folded (lower case, ё as е) word; words with no Cyrillic letter stay as they are. */
    String stem(String folded) {
        String known = cache.get(folded);
        if (known != null) {
            return known;
        }
        String stem = folded;
        if (folded.length() > 2 && hasCyrillic(folded)) {
            snowball.setCurrent(folded);
            snowball.stem();
            stem = snowball.getCurrent();
        }
        cache.put(folded, stem);
        return stem;
    }

    private static boolean hasCyrillic(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Letters.isCyrillic(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
