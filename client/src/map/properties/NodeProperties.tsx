import { useEffect, useId, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import {
  CONTACT_MAX_LENGTH,
  DESCRIPTION_MAX_LENGTH,
  isWebUrl,
  LABEL_MAX_LENGTH,
  type MapNode,
  NODE_KINDS,
  type NodeFields,
  type NodeKind,
  PLANNING_AREA_MAX_LENGTH,
  SECTORS,
  type Sector,
  THEMES,
  updateNode,
  WEBSITE_MAX_LENGTH,
} from '../../shared.ts'
import { useStoreSlice } from '../../ui/store.ts'
import { asUndoStep } from '../editing/undo.ts'
import { useEditor } from '../editor/editor-context.ts'
import { LOCAL_ORIGIN } from '../sync/origin.ts'
import { propertiesFocus } from './focus-request.ts'
import { TextField } from './TextField.tsx'

/** The properties of one node; every change is one transaction and one undo step. */
export function NodeProperties({ node }: { readonly node: MapNode }) {
  const { t } = useTranslation()
  const { doc, readOnly } = useEditor()
  const id = useId()
  const nameRef = useRef<HTMLInputElement | HTMLTextAreaElement | null>(null)
  const focusRequest = useStoreSlice(propertiesFocus, (pending) => pending)
  useEffect(() => {
    if (!focusRequest) return
    propertiesFocus.set(false)
    nameRef.current?.focus()
  }, [focusRequest])
  const write = (patch: Partial<NodeFields>) =>
    asUndoStep(doc, () => updateNode(doc, node.id, patch, LOCAL_ORIGIN))
  const themes = new Set(node.themes ?? [])
  const isNote = node.kind === 'note'
  return (
    <fieldset className="properties" disabled={readOnly}>
      <legend className="visually-hidden">{t('properties.nodeLegend')}</legend>
      <TextField
        label={t(isNote ? 'properties.noteText' : 'properties.label')}
        value={node.label}
        maxLength={LABEL_MAX_LENGTH}
        multiline={isNote}
        required={t('properties.labelRequired')}
        onCommit={(label) => write({ label })}
        inputRef={(el) => {
          nameRef.current = el
        }}
      />
      <div className="field prop-field">
        <label htmlFor={`${id}-kind`}>{t('properties.kind')}</label>
        <select
          id={`${id}-kind`}
          value={node.kind}
          onChange={(e) => write({ kind: e.target.value as NodeKind })}
        >
          {NODE_KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`kind.${k}`)}
            </option>
          ))}
        </select>
      </div>
      {!isNote && (
        <>
          <div className="field prop-field">
            <label htmlFor={`${id}-sector`}>{t('properties.sector')}</label>
            <select
              id={`${id}-sector`}
              value={node.sector ?? ''}
              onChange={(e) =>
                write({ sector: e.target.value === '' ? undefined : (e.target.value as Sector) })
              }
            >
              <option value="">{t('properties.none')}</option>
              {SECTORS.map((s) => (
                <option key={s} value={s}>
                  {t(`sector.${s}`)}
                </option>
              ))}
            </select>
          </div>
          <fieldset className="choice-list prop-themes">
            <legend>{t('properties.themes')}</legend>
            {THEMES.map((theme) => (
              <label key={theme}>
                <input
                  type="checkbox"
                  checked={themes.has(theme)}
                  onChange={(e) =>
                    write({
                      themes: THEMES.filter((x) =>
                        x === theme ? e.target.checked : themes.has(x),
                      ),
                    })
                  }
                />
                {t(`theme.${theme}`)}
              </label>
            ))}
          </fieldset>
          <TextField
            label={t('properties.description')}
            value={node.description ?? ''}
            maxLength={DESCRIPTION_MAX_LENGTH}
            multiline
            hint={t('properties.multilineHint')}
            onCommit={(description) => write({ description })}
          />
          <TextField
            label={t('properties.planningArea')}
            value={node.planningArea ?? ''}
            maxLength={PLANNING_AREA_MAX_LENGTH}
            onCommit={(planningArea) => write({ planningArea })}
          />
          <TextField
            label={t('properties.website')}
            type="url"
            value={node.website ?? ''}
            maxLength={WEBSITE_MAX_LENGTH}
            validate={(v) => (isWebUrl(v) ? null : t('properties.websiteInvalid'))}
            hint={
              node.website ? (
                <a href={node.website} target="_blank" rel="noopener noreferrer">
                  {t('properties.openWebsite', { url: node.website })}
                </a>
              ) : (
                t('properties.websiteHint')
              )
            }
            onCommit={(website) => write({ website })}
          />
          <TextField
            label={t('properties.contact')}
            value={node.contact ?? ''}
            maxLength={CONTACT_MAX_LENGTH}
            hint={<strong className="personal-data">{t('properties.personalData')}</strong>}
            onCommit={(contact) => write({ contact })}
          />
        </>
      )}
    </fieldset>
  )
}
