package org.cyberbench.scenario.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cyberbench.course.LegalReference;
import org.cyberbench.scenario.ScenarioDefinition;
import org.cyberbench.scenario.ScenarioDefinition.Condition;
import org.cyberbench.scenario.ScenarioDefinition.DebriefPoint;
import org.cyberbench.scenario.ScenarioDefinition.Decision;
import org.cyberbench.scenario.ScenarioDefinition.Inject;
import org.cyberbench.scenario.ScenarioDefinition.Justification;
import org.cyberbench.scenario.ScenarioDefinition.Option;
import org.cyberbench.scenario.ScenarioDefinition.PhaseDefinition;
import org.cyberbench.scenario.ScenarioDefinition.RoleDefinition;
import org.cyberbench.shared.LocalizedText;
import org.cyberbench.shared.RefusedImportException;
import org.cyberbench.shared.yaml.Fields;
import org.cyberbench.shared.yaml.Problems;

/**
 * Reads and checks scenarios (format in course-content/scenarios/README.md), collecting every problem
 * with file and line: unknown fields, missing translations, unknown roles, a decision without exactly
 * one recommended option, a branch on a decision that does not come earlier, bad legal references.
 */
public final class ScenarioReader {

    private static final Pattern SCENARIO_FILE = Pattern.compile("scenarios/([^/]+)/scenario\\.ya?ml");
    private static final Set<String> KINDS = Set.of("fact", "document", "log", "message");

    private final Map<String, String> files;
    private final Problems problems = new Problems();

    private ScenarioReader(Map<String, String> files) {
        this.files = files;
    }

    /** Every scenario under {@code scenarios/}; throws with all problems if any file is wrong. */
    public static List<ScenarioDefinition> read(Map<String, String> files) {
        ScenarioReader reader = new ScenarioReader(files);
        List<ScenarioDefinition> scenarios = new ArrayList<>();
        Set<String> slugs = new HashSet<>();
        for (String path : files.keySet()) {
            Matcher matcher = SCENARIO_FILE.matcher(path);
            if (matcher.matches()) {
                ScenarioDefinition scenario = reader.readScenario("scenarios/" + matcher.group(1), path);
                if (scenario != null && !slugs.add(scenario.slug())) {
                    reader.problems.add(path, 1, "duplicate scenario slug '" + scenario.slug() + "'");
                } else if (scenario != null) {
                    scenarios.add(scenario);
                }
            }
        }
        if (!reader.problems.isEmpty()) {
            throw new RefusedImportException("scenarios", reader.problems.list());
        }
        return scenarios;
    }

    private ScenarioDefinition readScenario(String folder, String path) {
        Fields scenario = Fields.parse(path, files.get(path), problems);
        if (scenario == null) {
            return null;
        }
        scenario.allowOnly("slug", "version", "languages", "estimatedMinutes", "title", "summary", "practises", "roles",
                "phases", "debrief");
        List<String> languages = scenario.strings("languages", true);
        if (!languages.contains("en") || !languages.contains("fr")) {
            problems.add(path, scenario.line("languages"), "languages must include 'en' and 'fr'");
        }
        String slug = scenario.slug("slug");
        Integer version = scenario.integer("version", true, 1, 10_000);
        Integer minutes = scenario.integer("estimatedMinutes", true, 5, 600);
        LocalizedText title = scenario.localized("title", true, languages);
        LocalizedText summary = scenario.localized("summary", true, languages);
        List<String> practises = scenario.strings("practises", false);
        List<RoleDefinition> roles = new ArrayList<>();
        for (Fields role : scenario.objects("roles", true)) {
            role.allowOnly("id", "title", "briefing");
            String id = role.string("id", true);
            if (id != null && !ScenarioDefinition.ROLE_IDS.contains(id)) {
                problems.add(path, role.line("id"), "unknown role '" + id + "' (one of " + ScenarioDefinition.ROLE_IDS + ")");
            }
            LocalizedText roleTitle = role.localized("title", true, languages);
            LocalizedText briefing = role.localized("briefing", true, languages);
            if (id != null && roleTitle != null && briefing != null) {
                roles.add(new RoleDefinition(id, roleTitle, briefing));
            }
        }
        Set<String> roleIds = new HashSet<>(roles.stream().map(RoleDefinition::id).toList());
        Map<String, Decision> earlierDecisions = new HashMap<>();
        Set<String> ids = new HashSet<>();
        List<PhaseDefinition> phases = new ArrayList<>();
        for (String phaseName : scenario.strings("phases", true)) {
            String phasePath = folder + "/" + phaseName + ".yaml";
            if (!files.containsKey(phasePath)) {
                problems.add(path, scenario.line("phases"), "phase file " + phasePath + " is missing");
                continue;
            }
            PhaseDefinition phase = readPhase(phasePath, languages, roleIds, earlierDecisions, ids);
            if (phase != null) {
                phases.add(phase);
            }
        }
        List<DebriefPoint> debrief = new ArrayList<>();
        for (Fields point : scenario.objects("debrief", true)) {
            point.allowOnly("reference", "text");
            String reference = reference(point, true);
            LocalizedText text = point.localized("text", true, languages);
            if (text != null) {
                debrief.add(new DebriefPoint(reference, text));
            }
        }
        if (slug == null || version == null || minutes == null || title == null || summary == null) {
            return null;
        }
        return new ScenarioDefinition(slug, version, languages, minutes, title, summary, practises, roles, phases, debrief);
    }

    private PhaseDefinition readPhase(String path, List<String> languages, Set<String> roleIds,
            Map<String, Decision> earlierDecisions, Set<String> ids) {
        Fields phase = Fields.parse(path, files.get(path), problems);
        if (phase == null) {
            return null;
        }
        phase.allowOnly("id", "title", "minutes", "narrative", "injects", "decisions");
        String id = phase.string("id", true);
        LocalizedText title = phase.localized("title", true, languages);
        Integer minutes = phase.integer("minutes", true, 1, 240);
        LocalizedText narrative = phase.localized("narrative", true, languages);
        List<Inject> injects = new ArrayList<>();
        for (Fields inject : phase.objects("injects", false)) {
            inject.allowOnly("id", "for", "kind", "title", "body", "when");
            String injectId = unique(inject, "inject", ids);
            List<String> forRoles = inject.strings("for", true);
            List<String> audience = forRoles.contains("all") ? List.of() : forRoles;
            audience.stream().filter(r -> !roleIds.contains(r))
                    .forEach(r -> problems.add(path, inject.line("for"), "inject '" + injectId + "' is for unknown role '" + r + "'"));
            String kind = inject.string("kind", true);
            if (kind != null && !KINDS.contains(kind)) {
                problems.add(path, inject.line("kind"), "unknown inject kind '" + kind + "' (one of " + KINDS + ")");
            }
            LocalizedText injectTitle = inject.localized("title", true, languages);
            LocalizedText body = inject.localized("body", true, languages);
            Condition when = condition(path, inject, earlierDecisions);
            if (injectId != null && injectTitle != null && body != null) {
                injects.add(new Inject(injectId, audience, kind, injectTitle, body, when));
            }
        }
        List<Decision> decisions = new ArrayList<>();
        for (Fields decision : phase.objects("decisions", false)) {
            Decision read = readDecision(path, decision, languages, roleIds, ids);
            if (read != null) {
                decisions.add(read);
            }
        }
        decisions.forEach(d -> earlierDecisions.put(d.id(), d));
        if (id == null || title == null || minutes == null || narrative == null) {
            return null;
        }
        return new PhaseDefinition(id, title, minutes, narrative, injects, decisions);
    }

    private Decision readDecision(String path, Fields decision, List<String> languages, Set<String> roleIds, Set<String> ids) {
        decision.allowOnly("id", "role", "question", "justification", "visibleTo", "options");
        String id = unique(decision, "decision", ids);
        String role = decision.string("role", true);
        if (role != null && !roleIds.contains(role)) {
            problems.add(path, decision.line("role"), "decision '" + id + "' is for unknown role '" + role + "'");
        }
        LocalizedText question = decision.localized("question", true, languages);
        Justification justification = decision.has("justification")
                ? decision.enumValue("justification", Justification.class, true) : Justification.NONE;
        List<String> visibleTo = decision.strings("visibleTo", false);
        visibleTo.stream().filter(r -> !roleIds.contains(r))
                .forEach(r -> problems.add(path, decision.line("visibleTo"), "decision '" + id + "' is visible to unknown role '" + r + "'"));
        List<Option> options = new ArrayList<>();
        Set<String> optionIds = new HashSet<>();
        for (Fields option : decision.objects("options", true)) {
            option.allowOnly("id", "recommended", "score", "reference", "text", "consequence", "feedback");
            String optionId = option.string("id", true);
            if (optionId != null && !optionIds.add(optionId)) {
                problems.add(path, option.line(), "duplicate option id '" + optionId + "' in decision '" + id + "'");
            }
            Boolean recommended = option.bool("recommended");
            Integer score = option.integer("score", true, -3, 3);
            String reference = reference(option, true);
            LocalizedText text = option.localized("text", true, languages);
            LocalizedText consequence = option.localized("consequence", true, languages);
            LocalizedText feedback = option.localized("feedback", true, languages);
            if (optionId != null && score != null && text != null && consequence != null && feedback != null) {
                options.add(new Option(optionId, Boolean.TRUE.equals(recommended), score, reference, text, consequence, feedback));
            }
        }
        if (options.size() < 2 || options.stream().filter(Option::recommended).count() != 1) {
            problems.add(path, decision.line(), "decision '" + id + "' needs at least two options and exactly one recommended");
        }
        if (id == null || role == null || question == null || justification == null) {
            return null;
        }
        return new Decision(id, role, question, justification, visibleTo, options);
    }

    private Condition condition(String path, Fields inject, Map<String, Decision> earlier) {
        if (!inject.has("when")) {
            return null;
        }
        Fields mapping = inject.object("when");
        if (mapping == null) {
            return null;
        }
        mapping.allowOnly("decision", "option");
        String decision = mapping.string("decision", true);
        String option = mapping.string("option", true);
        Decision target = decision == null ? null : earlier.get(decision);
        if (decision != null && target == null) {
            problems.add(path, mapping.line(), "'when' refers to decision '" + decision + "', which is not in an earlier phase");
            return null;
        }
        if (target != null && option != null && target.option(option).isEmpty()) {
            problems.add(path, mapping.line(), "'when' refers to option '" + option + "', which decision '" + decision + "' does not have");
            return null;
        }
        return decision == null || option == null ? null : new Condition(decision, option);
    }

    private String reference(Fields fields, boolean required) {
        String reference = fields.string("reference", required);
        if (reference != null && !LegalReference.isValid(reference)) {
            problems.add(fields.file(), fields.line("reference"), "'" + reference + "' is not a legal reference like 'ETS185 Art. 16'");
        }
        return reference;
    }

    private String unique(Fields fields, String what, Set<String> ids) {
        String id = fields.string("id", true);
        if (id != null && !ids.add(what + ":" + id)) {
            problems.add(fields.file(), fields.line("id"), "duplicate " + what + " id '" + id + "'");
        }
        return id;
    }
}
