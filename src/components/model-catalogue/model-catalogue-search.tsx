'use client';
import { forwardRef, useEffect, useId, useRef, useState, type InputHTMLAttributes } from 'react';
import { cx } from '../shared/cx';
import { useModelCatalogueContext } from './model-catalogue-context';

export interface ModelCatalogueSearchProps extends Omit<
  InputHTMLAttributes<HTMLInputElement>,
  'value' | 'defaultValue' | 'type'
> {
  /** The visible label. Default "Search models". */
  label?: string;
  /** How long typing pauses before the search is sent (and the URL rewritten), in ms. Default 300. */
  debounceMs?: number;
}

/**
 * The search box: the API's `q`. Typing rewrites the URL's current entry (`replace`) once it
 * pauses, so Back does not step through every letter.
 */
export const ModelCatalogueSearch = forwardRef<HTMLInputElement, ModelCatalogueSearchProps>(
  function ModelCatalogueSearch(
    {
      label = 'Search models',
      debounceMs = 300,
      className,
      placeholder = 'Name or id, e.g. claude sonnet',
      id,
      onChange,
      ...rest
    },
    ref,
  ) {
    const { state, setState, ids } = useModelCatalogueContext('ModelCatalogue.Search');
    const q = state.q ?? '';
    const [text, setText] = useState(q);
    const sent = useRef(q);
    // Back, Forward or "Clear filters" change q from outside: show it.
    useEffect(() => {
      if (q !== sent.current) {
        sent.current = q;
        setText(q);
      }
    }, [q]);
    useEffect(() => {
      if (text.trim() === sent.current.trim()) return;
      const timer = setTimeout(() => {
        sent.current = text.trim();
        setState(
          (s) => {
            const { q: _q, ...next } = s;
            return text.trim() ? { ...next, q: text.trim() } : next;
          },
          { history: 'replace' },
        );
      }, debounceMs);
      return () => clearTimeout(timer);
    }, [text, debounceMs, setState]);
    const ownId = useId();
    const inputId = id ?? ownId;
    return (
      <div data-slot="model-catalogue-search" className={cx(className)}>
        <label htmlFor={inputId} data-slot="model-catalogue-label">
          {label}
        </label>
        <input
          ref={ref}
          id={inputId}
          type="search"
          value={text}
          placeholder={placeholder}
          autoComplete="off"
          spellCheck={false}
          aria-controls={ids.results}
          data-slot="model-catalogue-search-input"
          onChange={(e) => {
            setText(e.target.value);
            onChange?.(e);
          }}
          {...rest}
        />
      </div>
    );
  },
);
