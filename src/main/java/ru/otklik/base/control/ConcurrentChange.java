package ru.otklik.base.control;

import jakarta.ejb.ApplicationException;

import java.io.Serial;

/**
 * Someone else saved the same record since it was read (optimistic locking): the change is
 * refused, never silently written over the other person's work.
 */
@ApplicationException(rollback = true)
public class ConcurrentChange extends RequestRefused {

    @Serial
    private static final long serialVersionUID = 1L;

    public ConcurrentChange() {
        super("error.concurrent-change");
    }
}
