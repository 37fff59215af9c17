/**
 * The reference catalogue: municipalities, regions, local unions and which union covers which
 * municipality, federations and the catalogue's focus areas. Loaded from bundled resources
 * ({@link dk.welfarealliance.reference.ReferenceCatalogue#bundled()}) and replaceable by the embedder: unions
 * reorganise and municipalities merge, so all of this is data, never code.
 */
@NullMarked
@DomainStyle
package dk.welfarealliance.reference;

import dk.welfarealliance.internal.DomainStyle;
import org.jspecify.annotations.NullMarked;
