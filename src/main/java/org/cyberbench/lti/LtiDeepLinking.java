package org.cyberbench.lti;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.cyberbench.course.CatalogFilter;
import org.cyberbench.course.CourseCatalog;
import org.cyberbench.identity.CurrentUser;
import org.cyberbench.lti.internal.DeepLinkResponses;
import org.cyberbench.lti.internal.LaunchEntity;
import org.cyberbench.lti.internal.LaunchRepository;
import org.cyberbench.lti.internal.PlatformEntity;
import org.cyberbench.lti.internal.PlatformRepository;
import org.cyberbench.scenario.ScenarioLibrary;
import org.cyberbench.shared.UserFacingException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Deep linking: a teacher in the LMS picks Cyberbench courses and scenarios to place in their course.
 * The request was verified at launch and is kept on the server; only the person who launched it may
 * see it and answer it, once, within an hour.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class LtiDeepLinking {

    /** What may be placed: a course or a scenario. */
    public enum Kind {
        COURSE("course"), SCENARIO("scenario");

        private final String parameter;

        Kind(String parameter) {
            this.parameter = parameter;
        }
    }

    public record Item(Kind kind, String slug, String title, String summary) {
    }

    /** The picker's content: the LMS course it is for, whether several items may be chosen, what is on offer. */
    public record Request(String launchId, String contextTitle, boolean acceptMultiple, List<Item> offer) {
    }

    /** The signed response and where the browser posts it. */
    public record Response(String returnUrl, String jwt) {
    }

    private final LaunchRepository launches;
    private final PlatformRepository platforms;
    private final DeepLinkResponses responses;
    private final CourseCatalog catalog;
    private final ScenarioLibrary scenarios;
    private final CurrentUser currentUser;
    private final Clock clock;

    LtiDeepLinking(LaunchRepository launches, PlatformRepository platforms, DeepLinkResponses responses, CourseCatalog catalog,
            ScenarioLibrary scenarios, CurrentUser currentUser, Clock clock) {
        this.launches = launches;
        this.platforms = platforms;
        this.responses = responses;
        this.catalog = catalog;
        this.scenarios = scenarios;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    public Request request(String launchId, Locale locale) {
        LaunchEntity launch = open(launchId);
        List<Item> offer = new ArrayList<>();
        catalog.catalogue(CatalogFilter.all(), locale).forEach(c -> offer.add(new Item(Kind.COURSE, c.slug(), c.title().get(locale),
                c.summary().get(locale))));
        scenarios.current().forEach(s -> offer.add(new Item(Kind.SCENARIO, s.slug(), s.definition().title().get(locale),
                s.definition().summary().get(locale))));
        return new Request(launch.getId(), launch.getContextTitle(), launch.isAcceptMultiple(), offer);
    }

    /** Signs the answer with the chosen items (none: the teacher cancelled); the browser then fetches it once. */
    @Transactional
    public void respond(String launchId, List<Item> chosen) {
        LaunchEntity launch = open(launchId);
        if (chosen.size() > 1 && !launch.isAcceptMultiple()) {
            throw new UserFacingException("lti.deepLink.onlyOne");
        }
        PlatformEntity platform = platforms.findById(launch.getPlatformId())
                .orElseThrow(() -> new UserFacingException("lti.error.platform"));
        String jwt = responses.sign(platform, launch, chosen.stream()
                .map(i -> new DeepLinkResponses.ContentItem(i.kind().parameter, i.slug(), i.title(), i.summary())).toList());
        launch.respond(jwt, clock.instant());
    }

    @Transactional
    public Response takeResponse(String launchId) {
        LaunchEntity launch = own(launchId);
        String jwt = launch.takeResponse();
        if (jwt == null) {
            throw new UserFacingException("lti.error.deepLinkUsed");
        }
        return new Response(launch.getReturnUrl(), jwt);
    }

    private LaunchEntity open(String launchId) {
        LaunchEntity launch = own(launchId);
        if (launch.isResponded()) {
            throw new UserFacingException("lti.error.deepLinkUsed");
        }
        return launch;
    }

    private LaunchEntity own(String launchId) {
        LaunchEntity launch = launches.findById(launchId == null ? "" : launchId)
                .filter(l -> l.getExpiresAt().isAfter(clock.instant()))
                .orElseThrow(() -> new UserFacingException("lti.error.deepLinkGone"));
        if (launch.getUserId() != currentUser.requireId()) {
            throw new AccessDeniedException("Not your deep-linking request");
        }
        return launch;
    }
}
