/**
 * The JSON form of the domain (docs/json-format.md): {@link dk.welfarealliance.json.AllianceJson} writes and reads
 * alliances, every domain value and every command; {@link dk.welfarealliance.json.AllianceJsonModule} teaches an
 * application's own Jackson 3 mapper the same; {@link dk.welfarealliance.json.Portfolio} exports all alliances of a
 * store to one document and imports such a document into an empty store.
 *
 * <p>Reading never returns a half-built value: bad input of any kind gives a
 * {@link dk.welfarealliance.validation.ValidationException} whose violations have the type {@code json} and the JSON
 * path of the bad value ({@code $.agreements[2].signingDate}).
 */
@NullMarked
package dk.welfarealliance.json;

import org.jspecify.annotations.NullMarked;
