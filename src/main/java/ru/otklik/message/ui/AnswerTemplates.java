package ru.otklik.message.ui;

import java.util.List;

/**
 * Answer templates in the plain conversational style the decree asks for (R1.10, R2.8); the
 * texts are in the translation bundles ({@code template.<name>.text}), the author's name is put in.
 */
final class AnswerTemplates {

    private AnswerTemplates() {
    }

    static List<String> names() {
        return List.of("thanks", "in-work", "interim", "done", "not-our");
    }

    /** The template with "{author}" replaced by the author's name (or a neutral greeting). */
    static String fill(String template, String author) {
        String name = author == null || author.isBlank() ? "" : ", " + author.strip();
        return template.replace("{author}", name);
    }
}
