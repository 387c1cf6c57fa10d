import { type FormEvent, useState } from 'react';
import type { JsonSchema, MachineEvent } from '../types';
import { words } from '../ui';

const isOptionalText = (schema: JsonSchema) => schema.anyOf !== undefined;

/** A form for one event's payload, built from the JSON Schema the machine serves; no fields means one button. */
export function EventForm({
  event,
  busy,
  onFire,
}: {
  event: MachineEvent;
  busy: boolean;
  onFire: (payload: Record<string, string>) => void;
}) {
  // zod's JSON Schema type allows `false` for a property; the machine's payloads never use it.
  const fields = Object.entries(('properties' in event.payload && event.payload.properties) || {}) as [
    string,
    JsonSchema,
  ][];
  const required = new Set(event.payload.required ?? []);
  const [open, setOpen] = useState(false);
  const [values, setValues] = useState<Record<string, string>>({});
  const label = words(event.name);
  const testId = `action-${event.name}`;
  if (!fields.length) {
    return (
      <button type="button" data-testid={testId} title={event.description} disabled={busy} onClick={() => onFire({})}>
        {label}
      </button>
    );
  }
  if (!open) {
    return (
      <button type="button" data-testid={testId} title={event.description} onClick={() => setOpen(true)}>
        {label}…
      </button>
    );
  }
  const submit = (form: FormEvent) => {
    form.preventDefault();
    onFire(Object.fromEntries(Object.entries(values).filter(([, value]) => value.trim() !== '')));
  };
  return (
    <form className="event-form" onSubmit={submit} aria-label={label}>
      <p className="muted">{event.description}</p>
      {fields.map(([name, schema]) => {
        const id = `${event.name}-${name}`;
        const choices = schema.enum;
        return (
          <div key={name} className="field">
            <label htmlFor={id}>
              {words(name)}
              {required.has(name) ? '' : ' (optional)'}
            </label>
            {choices ? (
              <select
                id={id}
                value={values[name] ?? (typeof schema.default === 'string' ? schema.default : '')}
                onChange={(e) => setValues({ ...values, [name]: e.target.value })}
              >
                {choices.map((choice) => (
                  <option key={choice} value={choice}>
                    {words(choice)}
                  </option>
                ))}
              </select>
            ) : (
              <input
                id={id}
                required={required.has(name) && !isOptionalText(schema)}
                value={values[name] ?? ''}
                onChange={(e) => setValues({ ...values, [name]: e.target.value })}
              />
            )}
          </div>
        );
      })}
      <button type="submit" className="primary" disabled={busy} data-testid={`${testId}-confirm`}>
        {label}
      </button>
      <button type="button" className="link" onClick={() => setOpen(false)}>
        Cancel
      </button>
    </form>
  );
}
