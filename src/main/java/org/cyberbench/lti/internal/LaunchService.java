package org.cyberbench.lti.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cyberbench.identity.Role;
import org.cyberbench.identity.UserAccount;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a verified launch does before the person is signed in: finds or creates their account, records
 * the resource link (what it opens, its grade and roster services) and that this person came through
 * it, or keeps a deep-linking request for the picker; and says where to send the browser.
 */
@Service
class LaunchService {

    /** Where a launch lands, and as whom. */
    record Landing(UserAccount account, String path) {
    }

    record Target(ResourceLinkEntity.Kind kind, String slug) {
    }

    private static final Pattern SLUG = Pattern.compile("[a-z0-9][a-z0-9-]{0,99}");
    private static final Pattern COURSE_PATH = Pattern.compile("/courses/([a-z0-9][a-z0-9-]{0,99})/?");
    static final Duration DEEP_LINK_TIME = Duration.ofHours(1);

    private final AccountLinks accounts;
    private final ResourceLinkRepository resourceLinks;
    private final LinkUserRepository linkUsers;
    private final LaunchRepository launches;
    private final ToolEndpoints endpoints;
    private final Clock clock;

    LaunchService(AccountLinks accounts, ResourceLinkRepository resourceLinks, LinkUserRepository linkUsers, LaunchRepository launches,
            ToolEndpoints endpoints, Clock clock) {
        this.accounts = accounts;
        this.resourceLinks = resourceLinks;
        this.linkUsers = linkUsers;
        this.launches = launches;
        this.endpoints = endpoints;
        this.clock = clock;
    }

    @Transactional
    Landing accept(LaunchValidator.Validated launch) {
        PlatformEntity platform = launch.platform();
        LtiMessage message = launch.message();
        UserAccount account = accounts.accountFor(platform, message);
        if (LtiMessage.DEEP_LINKING_REQUEST.equals(message.messageType())) {
            LaunchEntity kept = launches.save(new LaunchEntity(LaunchStates.random(), account.id(), platform.getId(), message,
                    clock.instant(), clock.instant().plus(DEEP_LINK_TIME)));
            return new Landing(account, "/lms/deep-link/" + kept.getId());
        }
        Target target = target(message, endpoints);
        ResourceLinkEntity link = resourceLinks.findByPlatformIdAndDeploymentIdAndResourceLinkId(platform.getId(),
                        message.deploymentId(), message.resourceLinkId())
                .orElseGet(() -> new ResourceLinkEntity(platform.getId(), message.deploymentId(), message.resourceLinkId(), clock.instant()));
        link.update(message, target == null ? null : target.kind(), target == null ? null : target.slug(), clock.instant());
        link = resourceLinks.saveAndFlush(link);
        long linkId = link.getId();
        LinkUserEntity user = linkUsers.findByResourceLinkIdAndUserId(linkId, account.id())
                .orElseGet(() -> new LinkUserEntity(linkId, account.id(), message.subject()));
        user.launched(message.isInstructor(), clock.instant());
        linkUsers.save(user);
        return new Landing(account, path(link, account, message.isInstructor()));
    }

    /** Where the link opens: a course page, the scenario screens (trainers start runs, learners join one), or the catalogue. */
    static String path(ResourceLinkEntity link, UserAccount account, boolean instructor) {
        if (link.getTargetKind() == ResourceLinkEntity.Kind.COURSE) {
            return "/courses/" + link.getTargetSlug();
        }
        if (link.getTargetKind() == ResourceLinkEntity.Kind.SCENARIO) {
            return instructor && (account.hasRole(Role.TRAINER) || account.hasRole(Role.ADMIN)) ? "/scenarios" : "/join";
        }
        return "/catalogue";
    }

    /**
     * What the launch asks for: the custom parameter {@code course} or {@code scenario} (set by our
     * deep-linking items, or by hand in the LMS), else a course page as the launch's target address.
     */
    static Target target(LtiMessage message, ToolEndpoints endpoints) {
        String course = message.custom().get("course");
        if (course != null && SLUG.matcher(course).matches()) {
            return new Target(ResourceLinkEntity.Kind.COURSE, course);
        }
        String scenario = message.custom().get("scenario");
        if (scenario != null && SLUG.matcher(scenario).matches()) {
            return new Target(ResourceLinkEntity.Kind.SCENARIO, scenario);
        }
        String path = endpoints.ownPath(message.targetLinkUri());
        Matcher matcher = path == null ? null : COURSE_PATH.matcher(path);
        return matcher != null && matcher.matches() ? new Target(ResourceLinkEntity.Kind.COURSE, matcher.group(1)) : null;
    }
}
