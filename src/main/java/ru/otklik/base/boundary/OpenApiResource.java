package ru.otklik.base.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * {@code GET /api/v1/openapi.yaml}: the OpenAPI description of the REST API, written by hand
 * (src/main/resources/openapi/otklik.yaml) so that it says exactly what the resources do, and
 * checked against them by {@code OpenApiIT}.
 */
@Stateless
@PermitAll
@Path("v1/openapi.yaml")
public class OpenApiResource {

    @GET
    @Produces("application/yaml")
    public String description() {
        try (InputStream in = OpenApiResource.class.getResourceAsStream("/openapi/otklik.yaml")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
