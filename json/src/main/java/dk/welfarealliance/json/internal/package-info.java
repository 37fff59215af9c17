/**
 * The codecs behind {@link dk.welfarealliance.json.AllianceJson}: not part of the API; other modules never use it.
 */
@NullMarked
package dk.welfarealliance.json.internal;

import org.jspecify.annotations.NullMarked;
