import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FileSpreadsheet, Pencil, Plus, Trash2 } from 'lucide-react';
import type { Measurement } from '../../../shared/monitoring/measure';
import type { Incident } from '../../../shared/monitoring/model';
import { Badge } from '../../components/Badge';
import { Button, IconButton } from '../../components/Button';
import { EmptyState } from '../../components/EmptyState';
import { showToast } from '../../components/useToastStore';
import { useRepositories } from '../../src/RepositoriesContext';
import { ImportIncidentsDialog } from './ImportIncidentsDialog';
import { IncidentDialog } from './IncidentDialog';
import type { SignedAgreement } from './useSignedAgreement';
import { useUiFormat } from './useUiFormat';

const OUTCOME_TONE = {
  met: 'success',
  breached: 'danger',
  pending: 'neutral',
  unknown: 'neutral',
  none: 'neutral',
} as const;

/** The month's incidents with what each cost and whether its times were kept; add, edit, import. */
export function IncidentsTab({ signed, measurement }: { signed: SignedAgreement; measurement: Measurement }) {
  const { t } = useTranslation('monitoring');
  const { t: tc } = useTranslation('common');
  const format = useUiFormat();
  const { incidents: repository } = useRepositories();
  const [editing, setEditing] = useState<Incident | 'new' | null>(null);
  const [importing, setImporting] = useState(false);
  const tz = signed.agreement.timeZone;
  const byId = new Map(signed.incidents.map((incident) => [incident.id, incident]));

  const remove = async (incident: Incident) => {
    const removed = await repository.remove(incident.id);
    if (removed)
      showToast({
        message: t('incident.removed'),
        action: { label: tc('actions.undo'), run: () => void repository.restore(removed) },
      });
  };

  const outcome = (value: keyof typeof OUTCOME_TONE, minutes: number | null) =>
    value === 'none' ? (
      <span className="cell-muted">–</span>
    ) : (
      <span className="mon-outcome">
        {minutes !== null && <span>{format.minutes(minutes)}</span>}
        <Badge tone={OUTCOME_TONE[value]}>{t(`outcome.${value}`)}</Badge>
      </span>
    );

  return (
    <div className="mon-tab">
      <div className="mon-toolbar">
        <Button
          variant="primary"
          icon={<Plus size={15} aria-hidden />}
          onClick={() => setEditing('new')}
          data-testid="add-incident"
        >
          {t('incident.add')}
        </Button>
        <Button
          icon={<FileSpreadsheet size={15} aria-hidden />}
          onClick={() => setImporting(true)}
          data-testid="import-incidents"
        >
          {t('import.button')}
        </Button>
        <span className="cell-muted">{t('incident.inZone', { timeZone: tz })}</span>
      </div>
      {measurement.incidents.length === 0 ? (
        <EmptyState
          icon={<FileSpreadsheet size={28} />}
          title={t('incident.emptyTitle')}
          body={t('incident.emptyBody')}
          testId="incidents-empty"
        />
      ) : (
        <table className="table mon-table" data-testid="incidents-table">
          <thead>
            <tr>
              <th scope="col">{t('fields.start')}</th>
              <th scope="col">{t('fields.end')}</th>
              <th scope="col">{t('incident.kind')}</th>
              <th scope="col">{t('fields.priority')}</th>
              <th scope="col">{t('incident.downtime')}</th>
              <th scope="col">{t('incident.response')}</th>
              <th scope="col">{t('incident.resolution')}</th>
              <th scope="col">{t('incident.title')}</th>
              <th scope="col" className="cell-actions">
                <span className="visually-hidden">{tc('actions.more')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {measurement.incidents.map((result) => {
              const incident = byId.get(result.incident.id);
              const m = result.incident;
              return (
                <tr key={m.id} data-testid="incident-row">
                  <td className="cell-nowrap">{format.instant(m.start, tz)}</td>
                  <td className="cell-nowrap">
                    {m.end === null ? (
                      <Badge tone="warning">{t('incident.ongoing')}</Badge>
                    ) : (
                      format.instant(m.end, tz)
                    )}
                  </td>
                  <td>{t(`kinds.${m.kind}`)}</td>
                  <td>
                    {m.priority === null ? (
                      <span className="cell-muted">{m.priorityLabel || '–'}</span>
                    ) : (
                      (signed.terms.priorities.find((p) => p.level === m.priority)?.name ?? m.priorityLabel)
                    )}
                  </td>
                  <td className="cell-nowrap">
                    {m.kind === 'ticket' ? '–' : format.minutes(result.downtimeMinutes)}
                  </td>
                  <td>{outcome(result.response, result.responseMinutes)}</td>
                  <td>{outcome(result.resolution, result.resolutionMinutes)}</td>
                  <td>
                    <span className="cell-strong">{m.title || '–'}</span>
                    {m.reference && <span className="cell-muted"> · {m.reference}</span>}
                  </td>
                  <td className="cell-actions">
                    {incident && (
                      <>
                        <IconButton
                          label={t('incident.edit')}
                          icon={<Pencil size={14} aria-hidden />}
                          onClick={() => setEditing(incident)}
                        />
                        <IconButton
                          label={t('incident.remove')}
                          icon={<Trash2 size={14} aria-hidden />}
                          onClick={() => void remove(incident)}
                        />
                      </>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      {editing && (
        <IncidentDialog
          key={editing === 'new' ? 'new' : editing.id}
          dealId={signed.deal.id}
          terms={signed.terms}
          timeZone={tz}
          incident={editing === 'new' ? undefined : editing}
          open
          onOpenChange={(open) => !open && setEditing(null)}
        />
      )}
      <ImportIncidentsDialog
        dealId={signed.deal.id}
        terms={signed.terms}
        timeZone={tz}
        existing={signed.incidents}
        open={importing}
        onOpenChange={setImporting}
      />
    </div>
  );
}
