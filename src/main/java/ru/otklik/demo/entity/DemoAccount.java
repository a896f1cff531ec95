package ru.otklik.demo.entity;

/**
 * One staff member of the demo data set as the login page shows it while the demo is loaded:
 * the login, the known demo password, the person's name and the translation key of the role.
 */
public record DemoAccount(String login, String password, String fullName, String roleKey) {
}
