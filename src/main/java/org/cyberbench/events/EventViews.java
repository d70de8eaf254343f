package org.cyberbench.events;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cyberbench.events.internal.EventEntity;
import org.cyberbench.events.internal.RegistrationEntity;
import org.cyberbench.events.internal.RegistrationRepository;
import org.cyberbench.identity.CurrentUser;
import org.cyberbench.identity.UserService;
import org.springframework.stereotype.Component;

/** Events as the signed-in person sees them: with trainers' names, seats taken and their own registration, read in three queries. */
@Component
class EventViews {

    private final RegistrationRepository registrations;
    private final UserService users;
    private final CurrentUser currentUser;

    EventViews(RegistrationRepository registrations, UserService users, CurrentUser currentUser) {
        this.registrations = registrations;
        this.users = users;
        this.currentUser = currentUser;
    }

    TrainingEvent view(EventEntity event) {
        return views(List.of(event)).getFirst();
    }

    List<TrainingEvent> views(List<EventEntity> found) {
        if (found.isEmpty()) {
            return List.of();
        }
        Map<Long, Map<RegistrationStatus, Long>> counts = new HashMap<>();
        for (RegistrationRepository.StatusCount row : registrations.countsByEvent(found.stream().map(EventEntity::getId).toList())) {
            counts.computeIfAbsent(row.eventId(), k -> new EnumMap<>(RegistrationStatus.class)).put(row.status(), row.count());
        }
        Set<Long> trainerIds = new HashSet<>();
        found.forEach(e -> trainerIds.addAll(e.getTrainerIds()));
        Map<Long, String> names = users.names(trainerIds);
        Map<Long, RegistrationEntity> mine = new HashMap<>();
        registrations.findByUserId(currentUser.requireId()).forEach(r -> mine.put(r.getEventId(), r));
        List<TrainingEvent> views = new ArrayList<>();
        for (EventEntity e : found) {
            Map<RegistrationStatus, Long> c = counts.getOrDefault(e.getId(), Map.of());
            RegistrationEntity my = mine.get(e.getId());
            views.add(new TrainingEvent(e.getId(), e.getVersion(), e.getInstitutionId(), e.getTitle(), e.getCourseSlug(), e.getScenarioSlug(),
                    e.getFormat(), e.getStartsAt(), e.getEndsAt(), e.getPlace(), e.getOnlineLink(), e.getCapacity(), e.getRegistration(),
                    e.getLanguage(), e.isCancelled(),
                    e.getTrainerIds().stream().map(id -> new TrainingEvent.Person(id, names.getOrDefault(id, "?")))
                            .sorted(Comparator.comparing(TrainingEvent.Person::name)).toList(),
                    c.getOrDefault(RegistrationStatus.REGISTERED, 0L).intValue(), c.getOrDefault(RegistrationStatus.WAITLISTED, 0L).intValue(),
                    my == null ? null : my.getStatus(), my == null ? null : my.getAttended(), my != null && my.isShareContact()));
        }
        return views;
    }
}
