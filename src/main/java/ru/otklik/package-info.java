/**
 * Otklik (Отклик): the desk where a municipal administration handles what people write about it
 * in social networks and runs its own official accounts (decree No. 105 of 07.12.2020,
 * Appendices 1 and 2; requirement ids R1.x / R2.x of REQUIREMENTS.md).
 *
 * <p>One package per business component, each with {@code boundary} (EJB entry points carrying
 * transactions and {@code @RolesAllowed}), {@code control} (logic, pure where it can be),
 * {@code entity} (JPA) and {@code ui} (Vaadin views). Dependencies run one way:
 * {@code base <- audit <- org <- security <- shell}; {@code ArchitectureTest} keeps it so.
 */
package ru.otklik;
