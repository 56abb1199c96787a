package io.wethodkit.testcontainers;

/** The environment variables the mock's image reads its options from. */
final class ImageEnvironment {

  static final String FIXTURES = "WETHOD_MOCK_FIXTURES";
  static final String CONTRACT = "WETHOD_MOCK_CONTRACT";
  static final String ADMIN_TOKEN = "WETHOD_MOCK_ADMIN_TOKEN";
  static final String JOURNAL = "WETHOD_MOCK_JOURNAL";
  static final String GENERATE = "WETHOD_MOCK_GENERATE";
  static final String ALLOWED_HOSTS = "WETHOD_MOCK_ALLOWED_HOSTS";

  private ImageEnvironment() {}
}
