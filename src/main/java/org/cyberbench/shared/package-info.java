/**
 * Small, truly shared pieces every module may use: the base entity, the data directory and
 * embedded database, and the translation provider. Open so that modules may use its sub-packages.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.cyberbench.shared;
