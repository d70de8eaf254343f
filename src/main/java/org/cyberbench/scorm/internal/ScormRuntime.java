package org.cyberbench.scorm.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cyberbench.identity.CurrentUser;
import org.cyberbench.identity.Role;
import org.cyberbench.identity.UserService;
import org.cyberbench.scorm.ScormPackageException;
import org.cyberbench.scorm.ScormUpdates;
import org.cyberbench.scorm.ScormVersion;
import org.cyberbench.shared.json.Json;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import tools.jackson.core.type.TypeReference;

/**
 * The server side of the SCORM run-time: a launch opens (or resumes) the learner's attempt and gives
 * the player everything the SCO may read; a commit re-checks every value against the data model,
 * stores it, and, when the SCO finishes, does the LMS's part (total time, SCORM 1.2's status rules,
 * suspend or end the attempt). Commits carry a sequence number: a late, older one is ignored, so a
 * retried or duplicated request never undoes a newer one. Only the attempt's owner may commit to it.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class ScormRuntime {

    private static final Logger log = LoggerFactory.getLogger(ScormRuntime.class);
    private static final TypeReference<LinkedHashMap<String, String>> MAP = new TypeReference<>() {
    };

    /** What the player page needs to start the SCO. */
    public record Launch(long attemptId, ScormVersion version, String title, String contentPath, long sequence,
            Map<String, String> values, CmiRules.Settings settings) {
    }

    /**
     * How a commit went: the attempt's latest stored sequence, whether this commit was stored (not when
     * a newer one was already), the elements refused (dropped, the rest kept), and whether the attempt has ended.
     */
    public record Committed(long sequence, boolean applied, List<String> refused, boolean closed) {
    }

    private final PackageRepository packages;
    private final AttemptRepository attempts;
    private final CurrentUser currentUser;
    private final UserService users;
    private final ScormUpdates updates;
    private final Clock clock;

    ScormRuntime(PackageRepository packages, AttemptRepository attempts, CurrentUser currentUser, UserService users, ScormUpdates updates,
            Clock clock) {
        this.packages = packages;
        this.attempts = attempts;
        this.currentUser = currentUser;
        this.users = users;
        this.updates = updates;
        this.clock = clock;
    }

    /** Opens the learner's current attempt at a package (a new one when there is none or the last one ended). */
    @Transactional
    public Launch launch(long packageId) {
        long userId = currentUser.requireId();
        PackageEntity pack = playable(packageId);
        Instant now = clock.instant();
        Optional<AttemptEntity> latest = attempts.findFirstByPackageIdAndUserIdOrderByNumberDesc(packageId, userId);
        AttemptEntity attempt = latest.filter(a -> !a.isClosed()).orElseGet(() -> attempts.save(
                new AttemptEntity(packageId, userId, latest.map(AttemptEntity::getNumber).orElse(0) + 1, now)));
        String entry = attempt.launch(now);
        Map<String, String> values = new LinkedHashMap<>(Json.read(attempt.getCmi(), MAP));
        String name = users.me().fullName();
        String learner = "cyberbench-" + userId;
        if (pack.getScormVersion() == ScormVersion.SCORM_12) {
            values.putIfAbsent("cmi.core.lesson_status", "not attempted");
            values.put("cmi.core.student_id", learner);
            values.put("cmi.core.student_name", name);
            values.put("cmi.core.credit", "credit");
            values.put("cmi.core.lesson_mode", "normal");
            values.put("cmi.core.entry", entry);
            values.put("cmi.core.total_time", CmiTime.timespan(attempt.getTotalSeconds()));
            putIfSet(values, "cmi.launch_data", pack.getLaunchData());
            putIfSet(values, "cmi.student_data.mastery_score", pack.getMasteryScore() == null ? null : pack.getMasteryScore().stripTrailingZeros()
                    .toPlainString());
            putIfSet(values, "cmi.student_data.max_time_allowed", pack.getMaxTimeAllowed());
            putIfSet(values, "cmi.student_data.time_limit_action", pack.getTimeLimitAction());
            values.putIfAbsent("cmi.comments_from_lms", "");
        } else {
            values.put("cmi._version", "1.0");
            values.put("cmi.learner_id", learner);
            values.put("cmi.learner_name", name);
            values.put("cmi.credit", "credit");
            values.put("cmi.mode", "normal");
            values.put("cmi.entry", entry);
            values.put("cmi.total_time", CmiTime.duration(attempt.getTotalSeconds()));
            putIfSet(values, "cmi.launch_data", pack.getLaunchData());
            putIfSet(values, "cmi.completion_threshold", plain(pack.getCompletionThreshold()));
            putIfSet(values, "cmi.scaled_passing_score", plain(pack.getScaledPassingScore()));
            putIfSet(values, "cmi.max_time_allowed", pack.getMaxTimeAllowed());
            values.put("cmi.time_limit_action", pack.getTimeLimitAction() == null ? "continue,no message" : pack.getTimeLimitAction());
            values.putIfAbsent("cmi.learner_preference.audio_level", "1");
            values.putIfAbsent("cmi.learner_preference.language", "");
            values.putIfAbsent("cmi.learner_preference.delivery_speed", "1");
            values.putIfAbsent("cmi.learner_preference.audio_captioning", "0");
            values.put("adl.nav.request", "_none_");
            values.put("adl.nav.request_valid.continue", "unknown");
            values.put("adl.nav.request_valid.previous", "unknown");
        }
        return new Launch(attempt.getId(), pack.getScormVersion(), pack.getScoTitle(), pack.getStorageKey() + "/" + pack.getLaunchPath(),
                attempt.getLastSequence(), values, settings(pack));
    }

    /**
     * Stores what the SCO set since the last commit. Values the data model refuses are dropped and
     * named in the answer; the rest is kept. {@code finish} is LMSFinish / Terminate.
     */
    @Transactional
    public Committed commit(long attemptId, long sequence, Map<String, String> changes, boolean finish) {
        long userId = currentUser.requireId();
        AttemptEntity attempt = attempts.findById(attemptId).orElseThrow(() -> new AccessDeniedException("No such attempt"));
        if (attempt.getUserId() != userId) {
            throw new AccessDeniedException("Attempt " + attemptId + " is another learner's");
        }
        if (attempt.isClosed() || sequence <= attempt.getLastSequence()) {
            // an ended attempt, or a late copy of a commit already stored: nothing to do
            return new Committed(attempt.getLastSequence(), false, List.of(), attempt.isClosed());
        }
        PackageEntity pack = packages.findById(attempt.getPackageId()).orElseThrow();
        CmiModel model = CmiModel.of(pack.getScormVersion());
        Map<String, String> cmi = new LinkedHashMap<>(Json.read(attempt.getCmi(), MAP));
        Map<String, String> merged = new LinkedHashMap<>(cmi);
        merged.putAll(changes);
        List<String> refused = new ArrayList<>();
        changes.forEach((element, value) -> {
            Optional<CmiModel.Fault> fault = model.check(element, value, merged);
            if (fault.isPresent()) {
                refused.add(element);
            } else {
                cmi.put(element, value);
            }
        });
        if (!refused.isEmpty()) {
            log.warn("SCORM attempt {}: refused {} element(s) the data model does not allow: {}", attemptId, refused.size(),
                    refused.size() > 10 ? refused.subList(0, 10) + "..." : refused);
        }
        Instant now = clock.instant();
        CmiRules.Settings settings = settings(pack);
        if (finish) {
            finish(pack.getScormVersion(), cmi, settings, attempt);
        }
        CmiRules.Outcome outcome = CmiRules.outcome(pack.getScormVersion(), cmi, settings);
        attempt.store(Json.write(cmi), sequence, now);
        attempt.result(outcome.completion(), outcome.success(), outcome.scoreScaled(), now);
        ScormUpdates.Saved saved = new ScormUpdates.Saved(userId, pack.getId(), finish);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                updates.saved(saved);
            }
        });
        return new Committed(sequence, true, refused, attempt.isClosed());
    }

    /** The LMS's part when the SCO finishes: add the session time, apply 1.2's rules, suspend or end the attempt. */
    private static void finish(ScormVersion version, Map<String, String> cmi, CmiRules.Settings settings, AttemptEntity attempt) {
        boolean v12 = version == ScormVersion.SCORM_12;
        String exit = Optional.ofNullable(cmi.remove(v12 ? "cmi.core.exit" : "cmi.exit")).orElse("");
        long session = CmiTime.seconds(cmi.remove(v12 ? "cmi.core.session_time" : "cmi.session_time"));
        String navigation = Optional.ofNullable(cmi.remove("adl.nav.request")).orElse("_none_");
        boolean suspend = exit.equals("suspend") || navigation.equals("suspendAll");
        if (v12) {
            CmiRules.finish12(cmi, settings);
            // SCORM 1.2 has no well-defined attempts: the data stays for the next launch, whatever the exit
            attempt.finish(session, suspend, false);
        } else {
            // SCORM 2004 RTE 4.2.8: any exit but "suspend" ends the attempt; a new launch starts afresh
            attempt.finish(session, suspend, !suspend);
        }
    }

    private PackageEntity playable(long packageId) {
        PackageEntity pack = packages.findById(packageId).orElseThrow(() -> new ScormPackageException("scorm.error.noPackage"));
        if (!pack.isPublished() && !currentUser.hasRole(Role.CONTENT_EDITOR) && !currentUser.hasRole(Role.ADMIN)) {
            throw new ScormPackageException("scorm.error.noPackage");
        }
        return pack;
    }

    static CmiRules.Settings settings(PackageEntity pack) {
        return new CmiRules.Settings(pack.getMasteryScore(), pack.getScaledPassingScore(), pack.getCompletionThreshold());
    }

    private static String plain(BigDecimal number) {
        return number == null ? null : number.stripTrailingZeros().toPlainString();
    }

    private static void putIfSet(Map<String, String> values, String element, String value) {
        if (value != null) {
            values.put(element, value);
        }
    }
}
