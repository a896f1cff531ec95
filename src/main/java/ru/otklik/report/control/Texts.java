package ru.otklik.report.control;

/** The reader's language for exports: a translation key (with arguments) into words. */
@FunctionalInterface
public interface Texts {

    String t(String key, Object... args);
}
