/**
 * Names of the config file, nearest first in each folder. In a module of its own so that the
 * VS Code extension can watch for them at activation without loading the whole engine.
 */
export const CONFIG_FILE_NAMES = ['.interview-lint.jsonc', '.interview-lint.json'] as const;
