package dk.welfarealliance.storage.tck.generators;

import dk.welfarealliance.ActorRef;
import dk.welfarealliance.Agreement;
import dk.welfarealliance.AgreementId;
import dk.welfarealliance.Alliance;
import dk.welfarealliance.AllianceId;
import dk.welfarealliance.Club;
import dk.welfarealliance.ContactId;
import dk.welfarealliance.ContactPerson;
import dk.welfarealliance.FederationCode;
import dk.welfarealliance.HistoryEntry;
import dk.welfarealliance.HistoryEvent;
import dk.welfarealliance.IdGenerator;
import dk.welfarealliance.MunicipalityCode;
import dk.welfarealliance.Partner;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.quicktheories.core.Gen;

/**
 * Valid alliances (version 0, never stored) with every kind of child: agreements in every state with
 * non-overlapping terms of every end kind and at most one open, initiatives with goals and measurements, elite
 * commitments and events, payments, evaluations, signatories referring to the alliance's contacts, clubs and
 * partners (also from initiatives and payments), clubs, partners with valid CVR numbers, contacts (some erased),
 * dated notes on the alliance and its agreements, and a history numbered 1..n whose entries sometimes carry the
 * day the step happened. Every id within an alliance is assigned and distinct, and so is every id across the
 * alliances of one {@link #dataSets(int) data set}.
 *
 * @since 0.1.0
 */
public final class AllianceGenerators {
    private AllianceGenerators() {}

    /**
     * @return alliances over the whole valid range: any natural key, tricky texts, dates from 1900-01-01 to
     *     9999-12-31, instants at microsecond precision, ids biased to the signed/unsigned edges
     */
    public static Gen<Alliance> alliances() {
        return Draw.gen(d -> {
            IdGenerator ids = ContentGenerators.ids(d);
            AllianceId id = AllianceId.of(d.chance(20) ? d.pick(UuidGenerators.EDGE_UUIDS) : ids.nextUuid());
            return alliance(d, Pools.WIDE, ids, id, CodeGenerators.federation(d), CodeGenerators.municipality(d));
        });
    }

    /**
     * Data sets for query checks: up to {@code maxSize} alliances with distinct ids and natural keys, drawn from
     * small pools of municipalities (12), federations (2), focus areas, title words and years, so that the
     * criteria of {@link CriteriaGenerators#criteria()} often match. Some ids are {@link UuidGenerators#EDGE_UUIDS}.
     *
     * @param maxSize the most alliances in a set, at most 24 (the number of natural keys in the pools)
     */
    public static Gen<List<Alliance>> dataSets(int maxSize) {
        int keys = Pools.MUNICIPALITIES.size() * Pools.FEDERATIONS.size();
        if (maxSize < 0 || maxSize > keys) {
            throw new IllegalArgumentException("a data set holds 0 to " + keys + " alliances, not " + maxSize);
        }
        return Draw.gen(d -> {
            IdGenerator ids = ContentGenerators.ids(d);
            int size = d.between(0, maxSize);
            List<Integer> naturalKeys = new ArrayList<>();
            for (int k = 0; k < keys; k++) {
                naturalKeys.add(k);
            }
            naturalKeys = d.shuffled(naturalKeys);
            List<UUID> edges = d.shuffled(UuidGenerators.EDGE_UUIDS);
            List<Alliance> set = new ArrayList<>(size);
            for (int i = 0; i < size; i++) {
                int key = naturalKeys.get(i);
                FederationCode federation = Pools.FEDERATIONS.get(key % Pools.FEDERATIONS.size());
                MunicipalityCode municipality = Pools.MUNICIPALITIES.get(key / Pools.FEDERATIONS.size());
                UUID uuid = i < edges.size() && d.chance(30) ? edges.get(i) : ids.nextUuid();
                set.add(alliance(d, Pools.NARROW, ids, AllianceId.of(uuid), federation, municipality));
            }
            return set;
        });
    }

    static Alliance alliance(Draw d, Pools p, IdGenerator ids, AllianceId id, FederationCode federation,
            MunicipalityCode municipality) {
        List<ContactPerson> contacts = d.list(0, 3, () -> ContentGenerators.contact(d, p, ids));
        List<ContactId> contactIds = contacts.stream().map(ContactPerson::getId).toList();
        List<Club> clubs = d.list(0, 3, () -> ContentGenerators.club(d, p, ids));
        List<Partner> partners = d.list(0, 2, () -> ContentGenerators.partner(d, p, ids));
        ContentGenerators.Links links = new ContentGenerators.Links(clubs.stream().map(Club::getId).toList(),
                partners.stream().map(Partner::getId).toList());
        List<Agreement> agreements = AgreementGenerators.ofAlliance(d, p, ids, contactIds, links);
        return Alliance.builder().id(id).federation(federation).municipality(municipality).version(0)
                .lastModified(p.instant(d))
                .agreements(agreements)
                .clubs(clubs)
                .partners(partners)
                .contacts(contacts)
                .notes(d.list(0, 2, () -> ContentGenerators.note(d, p, ids)))
                .history(history(d, p, agreements.stream().map(Agreement::getId).toList(), contactIds))
                .build();
    }

    private static List<HistoryEntry> history(Draw d, Pools p, List<AgreementId> agreements, List<ContactId> contacts) {
        int size = d.between(1, 5);
        List<HistoryEntry> history = new ArrayList<>(size);
        for (int seq = 1; seq <= size; seq++) {
            history.add(HistoryEntry.builder().seq(seq).event(d.pick(List.of(HistoryEvent.values())))
                    .agreement(d.maybePick(60, agreements))
                    .contact(d.maybePick(20, contacts))
                    .on(d.maybe(60, () -> TimeGenerators.partialDate(d, p)))
                    .at(p.instant(d))
                    .actor(ActorRef.of(p.name(d)))
                    .reason(d.maybe(40, () -> p.longText(d)))
                    .build());
        }
        return history;
    }
}
