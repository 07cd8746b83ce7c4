'use client';
import { useContext } from 'react';
import { createOpenRouterClient, type OpenRouterClient } from '../core/client';
import { OpenRouterClientContext } from './openrouter-provider';

let fallback: OpenRouterClient | undefined;

/**
 * The client from the nearest `OpenRouterProvider`. Without one, a shared default client
 * for the public endpoint (`https://openrouter.ai/api/v1`, no key) is used, so the public
 * list works with no set-up at all.
 */
export function useOpenRouterClient(): OpenRouterClient {
  const client = useContext(OpenRouterClientContext);
  if (client) return client;
  fallback ??= createOpenRouterClient();
  return fallback;
}
