/** Typed translation keys: Danish files are the source of truth for every namespace. */
import 'i18next';
import type common from './locales/da.json';
import type supplies from '../../features/supplies/locales/da.json';
import type shelters from '../../features/shelters/locales/da.json';
import type guidance from '../../features/guidance/locales/da.json';
import type drills from '../../features/drills/locales/da.json';
import type plan from '../../features/plan/locales/da.json';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common';
    resources: {
      common: typeof common;
      supplies: typeof supplies;
      shelters: typeof shelters;
      guidance: typeof guidance;
      drills: typeof drills;
      plan: typeof plan;
    };
  }
}
