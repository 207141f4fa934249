// Global test setup: a real (in-memory) IndexedDB implementation for Dexie.
import 'fake-indexeddb/auto';
