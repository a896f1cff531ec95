package ru.otklik.message.boundary;

import ru.otklik.message.entity.Message;

/** The outcome of registering a message: the message, and whether it is new or was known already. */
public record Registration(Message message, boolean created) {
}
