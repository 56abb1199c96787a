package io.wethodkit.testcontainers.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A test class that runs containers of the kit's images: it needs a container engine that
 * Testcontainers reaches and these images built on it. Without them its tests are skipped with the
 * reason, except in CI ({@code CI=true}), where they fail: there, a container test that cannot run
 * is a broken build, not a skipped test. Place it before {@code @Testcontainers}, so that the check
 * comes before any container is started.
 */
@Documented
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(ContainerEngineExtension.class)
public @interface OnContainerEngine {

  /** The images the tests run. */
  KitImage[] value();
}
