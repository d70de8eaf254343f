package org.cyberbench.lti;

import jakarta.validation.Valid;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cyberbench.identity.CurrentUser;
import org.cyberbench.lti.internal.GradeCounts;
import org.cyberbench.lti.internal.PlatformEntity;
import org.cyberbench.lti.internal.PlatformRepository;
import org.cyberbench.lti.internal.ToolEndpoints;
import org.cyberbench.shared.StaleDataException;
import org.cyberbench.shared.UserFacingException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * The LMS platforms allowed to launch Cyberbench, for administrators: the list with the scores waiting
 * for each, registering one by hand, turning one on or off (a dynamically registered platform waits
 * switched off until an administrator activates it), and the tool's addresses to give the LMS.
 */
@Service
@Validated
@Transactional(readOnly = true)
@PreAuthorize("hasRole('ADMIN')")
public class LtiPlatforms {

    private final PlatformRepository platforms;
    private final GradeCounts gradeCounts;
    private final ToolEndpoints endpoints;
    private final CurrentUser currentUser;
    private final Clock clock;

    LtiPlatforms(PlatformRepository platforms, GradeCounts gradeCounts, ToolEndpoints endpoints, CurrentUser currentUser, Clock clock) {
        this.platforms = platforms;
        this.gradeCounts = gradeCounts;
        this.endpoints = endpoints;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    public List<LtiPlatform> list() {
        Map<Long, long[]> counts = new HashMap<>(gradeCounts.byPlatform());
        return platforms.findAllByOrderByNameAsc().stream().map(p -> view(p, counts.getOrDefault(p.getId(), new long[2]))).toList();
    }

    @Transactional
    public LtiPlatform addManually(@Valid PlatformForm form) {
        if (platforms.findByIssuerAndClientId(form.issuer().strip(), form.clientId().strip()).isPresent()) {
            throw new UserFacingException("lti.error.duplicate");
        }
        PlatformEntity platform = new PlatformEntity(form.name(), form.issuer(), form.clientId(), form.authUrl(), form.tokenUrl(),
                form.jwksUrl(), PlatformStatus.ACTIVE, RegistrationMethod.MANUAL, clock.instant(), currentUser.requireId());
        platform.addDeployment(form.deploymentId());
        return view(platforms.saveAndFlush(platform), new long[2]);
    }

    /** Activates or deactivates a platform: a deactivated one can neither launch nor receive scores (they wait). */
    @Transactional
    public LtiPlatform setStatus(long id, long version, PlatformStatus status) {
        PlatformEntity platform = platforms.findById(id).orElseThrow(() -> new UserFacingException("lti.error.platform"));
        StaleDataException.check("This platform", platform.getVersion(), version);
        platform.setStatus(status);
        return view(platforms.saveAndFlush(platform), gradeCounts.byPlatform().getOrDefault(id, new long[2]));
    }

    public ToolUrls toolUrls() {
        return endpoints.urls();
    }

    private static LtiPlatform view(PlatformEntity p, long[] grades) {
        return new LtiPlatform(p.getId(), p.getVersion(), p.getName(), p.getIssuer(), p.getClientId(), p.getDeploymentIds(), p.getAuthUrl(),
                p.getTokenUrl(), p.getJwksUrl(), p.getStatus(), p.getRegisteredHow(), p.getRegisteredAt(), grades[0], grades[1]);
    }
}
