import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { ZCreatedToken, ZCreateTokenRequest, ZTokenView } from '../../../domain/contract/audit.js';
import { apiDelete, apiGet, apiPost } from '../../app/api.js';

export type TTokenView = z.infer<typeof ZTokenView>;
export type TCreatedToken = z.infer<typeof ZCreatedToken>;
export type TCreateTokenRequest = z.input<typeof ZCreateTokenRequest>;

const tokensKey = ['me', 'tokens'] as const;

export function useTokens() {
  return useQuery({
    queryKey: tokensKey,
    queryFn: ({ signal }) => apiGet<{ items: TTokenView[] }>('/api/me/tokens', signal),
  });
}

export function useCreateToken() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: TCreateTokenRequest) => apiPost<TCreatedToken>('/api/me/tokens', body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: tokensKey }),
  });
}

export function useRevokeToken() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (tokenId: string) => apiDelete(`/api/me/tokens/${tokenId}`),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: tokensKey }),
  });
}
