package org.cyberbench.xapi;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;

/**
 * An xAPI 1.0.3 statement, as the specification writes it (actor, verb, object, result, context,
 * timestamp), in the shapes Cyberbench sends. Absent parts are left out of the JSON.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Statement(String id, Actor actor, Verb verb, Activity object, Result result, Context context, String timestamp) {

    /** The learner, identified by an account on this Cyberbench (no e-mail address leaves the platform). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Actor(String objectType, Account account) {
    }

    public record Account(String homePage, String name) {
    }

    public record Verb(String id, Map<String, String> display) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Activity(String objectType, String id, Definition definition) {
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record Definition(String type, Map<String, String> name, String interactionType) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Result(Score score, Boolean success, Boolean completion, String response) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Score(Double scaled, Integer raw, Integer min, Integer max) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Context(String registration, ContextActivities contextActivities, String platform, String language) {
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record ContextActivities(List<Activity> parent, List<Activity> grouping) {
    }
}
