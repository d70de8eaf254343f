package org.cyberbench.lti.internal;

import java.io.IOException;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.cyberbench.lti.LtiMembers;
import org.springframework.stereotype.Component;

/** Reads rosters of the LMS courses known through resource links, and tells who already has an account. */
@Component
public class LmsRosters {

    private final ResourceLinkRepository links;
    private final PlatformRepository platforms;
    private final AccountLinkRepository accounts;
    private final NrpsClient nrps;

    LmsRosters(ResourceLinkRepository links, PlatformRepository platforms, AccountLinkRepository accounts, NrpsClient nrps) {
        this.links = links;
        this.platforms = platforms;
        this.accounts = accounts;
        this.nrps = nrps;
    }

    /** One entry per LMS course (platform + context), through its most recently used link; null user: all. */
    public List<LtiMembers.LmsContext> contexts(Long instructorUserId) {
        java.util.Map<String, LtiMembers.LmsContext> byContext = new java.util.LinkedHashMap<>();
        for (ResourceLinkEntity link : links.withRoster(instructorUserId)) {
            String key = link.getPlatformId() + " " + link.getContextId();
            byContext.computeIfAbsent(key, k -> new LtiMembers.LmsContext(link.getId(),
                    platforms.findById(link.getPlatformId()).map(PlatformEntity::getName).orElse("?"),
                    link.getContextTitle() == null ? link.getContextId() : link.getContextTitle(), link.getTitle()));
        }
        return List.copyOf(byContext.values());
    }

    public List<LtiMembers.Member> members(long linkId) throws IOException {
        ResourceLinkEntity link = links.findById(linkId).orElseThrow();
        PlatformEntity platform = platforms.findById(link.getPlatformId()).filter(PlatformEntity::isActive)
                .orElseThrow(() -> new IOException("platform not active"));
        List<NrpsClient.Member> members = nrps.members(platform, link.getMembershipsUrl());
        Set<String> linked = accounts.findByIssuerAndSubjectIn(platform.getIssuer(),
                        members.stream().map(NrpsClient.Member::userId).filter(java.util.Objects::nonNull).toList())
                .stream().map(AccountLinkEntity::getSubject).collect(Collectors.toSet());
        return members.stream().map(m -> new LtiMembers.Member(m.name(), m.email(),
                m.roles().stream().map(LtiMembers::shortRole).distinct().toList(), m.status(), linked.contains(m.userId()))).toList();
    }
}
