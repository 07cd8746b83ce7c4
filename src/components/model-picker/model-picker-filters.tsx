import { FilterPanel } from '../filter-panel/filter-panel';
import { useModelPickerContext } from './model-picker-context';

/** The picker's filters: a FilterPanel bound to the picker's state. */
export function ModelPickerFilters({ className }: { className?: string }) {
  const ctx = useModelPickerContext('Filters');
  // The picker's status says the count already: one announcement, not two.
  return <FilterPanel className={className} filters={ctx.filters} onFiltersChange={ctx.setFilters} queryOptions={ctx.queryOptions} announceCount={false} />;
}
