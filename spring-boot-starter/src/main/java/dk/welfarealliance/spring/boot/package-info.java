/**
 * Spring Boot auto-configuration of welfare-alliance: {@link
 * dk.welfarealliance.spring.boot.WelfareAllianceAutoConfiguration} and its {@code welfare-alliance.*}
 * properties ({@link dk.welfarealliance.spring.boot.WelfareAllianceProperties}). See {@code docs/spring.md}.
 *
 * @since 0.1.0
 */
@NullMarked
package dk.welfarealliance.spring.boot;

import org.jspecify.annotations.NullMarked;
