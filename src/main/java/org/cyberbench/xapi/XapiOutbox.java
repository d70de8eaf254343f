package org.cyberbench.xapi;

import org.cyberbench.xapi.internal.StatementEntity;
import org.cyberbench.xapi.internal.StatementRepository;
import org.cyberbench.xapi.internal.XapiSender;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The xAPI statements for the Learning Record Store, for the administrator: how they stand, and
 * sending what waits at once (after the LRS is back) instead of at its next try.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasRole('ADMIN')")
public class XapiOutbox {

    private final StatementRepository statements;
    private final XapiSender sender;
    private final XapiProperties properties;

    XapiOutbox(StatementRepository statements, XapiSender sender, XapiProperties properties) {
        this.statements = statements;
        this.sender = sender;
        this.properties = properties;
    }

    /** Sends everything waiting now; returns how many statements the LRS stored. */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public int sendNow() {
        return properties.enabled() ? sender.sendAllNow() : 0;
    }

    public XapiStatus status() {
        return new XapiStatus(properties.enabled(), properties.enabled() ? properties.statements().toString() : null,
                statements.countBySentAtIsNullAndFailedAtIsNull(), statements.countBySentAtIsNotNull(), statements.countByFailedAtIsNotNull(),
                statements.findFirstByLastErrorIsNotNullOrderByIdDesc().map(StatementEntity::getLastError).orElse(null));
    }
}
