import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { ZAppointRequest, ZFocalPointNetwork } from '../../../domain/contract/mer.js';
import { apiGet, apiPost } from '../../app/api.js';

export type TAppointRequest = z.input<typeof ZAppointRequest>;
export type TFocalPointNetwork = z.infer<typeof ZFocalPointNetwork>;
export type TNetworkUnit = TFocalPointNetwork['units'][number];
export type TAppointment = NonNullable<TNetworkUnit['focalPoint']>;

export const focalPointKeys = { network: (orgId: string) => ['orgs', orgId, 'focal-points'] as const };

export const useFocalPointNetwork = (orgId: string) =>
  useQuery({ queryKey: focalPointKeys.network(orgId), queryFn: ({ signal }) => apiGet<TFocalPointNetwork>(`/api/orgs/${orgId}/focal-points`, signal) });

/** Both writes answer with the whole network, which replaces the cached one. */
function useNetworkMutation<TBody>(orgId: string, send: (body: TBody) => Promise<TFocalPointNetwork>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSuccess: (network) => {
      queryClient.setQueryData(focalPointKeys.network(orgId), network);
      // Appointments change who must be trained, and make plan updates due.
      void queryClient.invalidateQueries({ queryKey: ['orgs', orgId, 'training'] });
      void queryClient.invalidateQueries({ queryKey: ['orgs', orgId, 'mer'] });
      void queryClient.invalidateQueries({ queryKey: ['orgs', orgId, 'audit'] });
    },
  });
}

export const useAppoint = (orgId: string) => useNetworkMutation(orgId, (body: TAppointRequest) => apiPost<TFocalPointNetwork>(`/api/orgs/${orgId}/focal-points`, body));
export const useEndAppointment = (orgId: string) =>
  useNetworkMutation(orgId, ({ appointmentId, endedOn }: { appointmentId: string; endedOn: string }) => apiPost<TFocalPointNetwork>(`/api/orgs/${orgId}/focal-points/${appointmentId}/end`, { endedOn }));
