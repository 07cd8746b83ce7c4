// Each component with its parts as `Component.Part` (ModelPicker.Root, FilterPanel.Authors, …).
export { ModelPicker } from './model-picker/model-picker';
export type { ModelPickerProps } from './model-picker/model-picker';
export { useModelPickerContext } from './model-picker/model-picker-context';
export type { ModelPickerContextValue } from './model-picker/model-picker-context';
export { useModelPreferences } from './model-picker/use-model-preferences';
export type { PreferenceStorage } from './model-picker/use-model-preferences';
export { FilterPanel } from './filter-panel/filter-panel';
export type { FilterPanelProps } from './filter-panel/filter-panel';
export { useFilterPanel } from './filter-panel/use-filter-panel';
export type { FilterPanelContextValue } from './filter-panel/use-filter-panel';
export { SortSelect } from './sort-select/sort-select';
export type { SortSelectProps } from './sort-select/sort-select';
export { ModelCard, ModelCardSkeleton } from './model-card/model-card';
export type { ModelCardProps, ModelCardSkeletonProps } from './model-card/model-card';
export { ModelCount } from './model-count/model-count';
export type { ModelCountProps } from './model-count/model-count';
export { ErrorState, EmptyState } from './shared/state-views';
export type { ErrorStateProps, EmptyStateProps } from './shared/state-views';
export { ModelCatalogue } from './model-catalogue/model-catalogue';
export type { ModelCatalogueProps } from './model-catalogue/model-catalogue';
export { useModelCatalogueContext } from './model-catalogue/model-catalogue-context';
export type {
  ModelCatalogueContextValue,
  ModelCatalogueView,
} from './model-catalogue/model-catalogue-context';
export { ModelProviders } from './model-providers/model-providers';
export type { ModelProvidersProps, ProvidersSort } from './model-providers/model-providers';
