package ru.otklik.base;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.spi.JsonProvider;

import java.io.Reader;

/**
 * JSON-P through one provider looked up once. {@code Jsons.object()} and its kin look
 * the provider up with a ServiceLoader on every call, which scanned the deployment's jars for
 * each line of the audit log and each API answer: measured as most of a REST request's time
 * (bench/messages.sh).
 */
public final class Jsons {

    private static final JsonProvider PROVIDER = JsonProvider.provider();

    private Jsons() {
    }

    public static JsonObjectBuilder object() {
        return PROVIDER.createObjectBuilder();
    }

    public static JsonArrayBuilder array() {
        return PROVIDER.createArrayBuilder();
    }

    public static JsonReader reader(Reader reader) {
        return PROVIDER.createReader(reader);
    }
}
