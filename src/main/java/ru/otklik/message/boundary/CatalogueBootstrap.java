package ru.otklik.message.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import ru.otklik.message.entity.Network;
import ru.otklik.message.entity.Topic;
import ru.otklik.org.entity.Organisation;

/**
 * Gives every organisation without networks and topics the usual ones: VK, OK, Telegram and MAX
 * active; Facebook, Instagram and Twitter kept as restricted legacy entries (R1.2 names them, but
 * they are blocked in Russia since 2022); the common rubrics of municipal messages. ADMIN edits
 * both lists later.
 */
@Singleton
@Startup
@PermitAll
@DependsOn("OrganisationBootstrap")
public class CatalogueBootstrap {

    @PersistenceContext
    EntityManager em;

    @PostConstruct
    void seed() {
        for (Organisation org : em.createNamedQuery(Organisation.ALL, Organisation.class).getResultList()) {
            seed(org.getId());
        }
    }

    /**
     * Gives one organisation the usual networks and topics where it has none (also a new one made
     * after the start, such as the demo data set's, issue 10). Changes nothing otherwise, so any
     * caller may ask.
     */
    public void seed(long id) {
        if (em.find(Organisation.class, id) == null) {
            return;
        }
        if (em.createNamedQuery(Network.OF_ORGANISATION, Network.class).setParameter("org", id).setMaxResults(1)
                .getResultList().isEmpty()) {
            em.persist(new Network(id, "vk", "ВКонтакте", true, false, 16_384, 10));
            em.persist(new Network(id, "ok", "Одноклассники", true, false, 4_096, 20));
            em.persist(new Network(id, "telegram", "Telegram", true, false, 4_096, 30));
            em.persist(new Network(id, "max", "MAX", true, false, 4_096, 40));
            em.persist(new Network(id, "facebook", "Facebook", false, true, 8_000, 90));
            em.persist(new Network(id, "instagram", "Instagram", false, true, 2_200, 91));
            em.persist(new Network(id, "twitter", "Twitter (X)", false, true, 280, 92));
        }
        if (em.createNamedQuery(Topic.OF_ORGANISATION, Topic.class).setParameter("org", id).setMaxResults(1)
                .getResultList().isEmpty()) {
            String[][] topics = {{"roads", "Дороги"}, {"housing", "ЖКХ"}, {"improvement", "Благоустройство"},
                    {"transport", "Транспорт"}, {"health", "Здравоохранение"}, {"education", "Образование"},
                    {"social", "Социальная поддержка"}, {"safety", "Безопасность"}, {"other", "Другое"}};
            for (int i = 0; i < topics.length; i++) {
                em.persist(new Topic(id, topics[i][0], topics[i][1], (i + 1) * 10));
            }
        }
    }
}
