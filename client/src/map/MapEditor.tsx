import {
  type Connection,
  type NodeChange,
  type OnSelectionChangeParams,
  Panel,
  useReactFlow,
} from '@xyflow/react'
import {
  lazy,
  memo,
  Suspense,
  useCallback,
  useEffect,
  useMemo,
  useState,
  useSyncExternalStore,
} from 'react'
import { useTranslation } from 'react-i18next'
import type { EdgeId, NodeId } from '../shared.ts'
import { createStore, type Store, useStoreSlice } from '../ui/store.ts'
import { ConnectionBadge } from './ConnectionBadge.tsx'
import type { FlowEdge, FlowNode } from './canvas/flow-types.ts'
import { useInitialFit } from './canvas/initial-viewport.ts'
import { MapCanvas } from './canvas/MapCanvas.tsx'
import { selectOnly, selectOnlyEdges } from './canvas/selection.ts'
import { useDescribe } from './canvas/useDescribe.ts'
import { useFlowDoc } from './canvas/useFlowDoc.ts'
import { useMapActions } from './canvas/useMapActions.ts'
import { usePositionWrites } from './canvas/usePositionWrites.ts'
import { ConnectDialog } from './edges/ConnectDialog.tsx'
import { EdgeInspector } from './edges/EdgeInspector.tsx'
import { confirmDeletion } from './editing/delete-request.ts'
import { EditingLayer } from './editing/EditingLayer.tsx'
import { createUndoGrouping, undoManagerOf } from './editing/undo.ts'
import {
  type Editor,
  EditorContext,
  EMPTY_SELECTION,
  type Selection,
} from './editor/editor-context.ts'
import { MapHelp } from './help/MapHelp.tsx'
import { MapHeader } from './MapHeader.tsx'
import { type MapUi, MapUiContext } from './map-context.ts'
import { HandButton } from './meeting/HandButton.tsx'
import { MeetingBanners } from './meeting/MeetingBanners.tsx'
import { MeetingCanvasLayer } from './meeting/MeetingCanvasLayer.tsx'
import { useMeetingValue } from './meeting/meeting-context.ts'
import { recordLabel } from './meeting/record-label.ts'
import {
  loadDisplayName,
  loadOrganisation,
  saveDisplayName,
  saveOrganisation,
} from './presence/display-name.ts'
import { NameDialog } from './presence/NameDialog.tsx'
import { ParticipantList } from './presence/ParticipantList.tsx'
import { RemoteCursors } from './presence/RemoteCursors.tsx'
import { usePresence } from './presence/usePresence.ts'
import { requestPropertiesFocus } from './properties/focus-request.ts'
import { Sidebar } from './sidebar/Sidebar.tsx'
import type { MapInfo } from './sync/map-info.ts'
import type { Collab, CollabSession, ConnectionStatus } from './sync/useCollab.ts'
import { useMapMeta } from './sync/useMapMeta.ts'
import { type MapView, ViewSwitch } from './table/ViewSwitch.tsx'
import { Toolbar } from './toolbar/Toolbar.tsx'
import { CanvasMenu } from './touch/CanvasMenu.tsx'
import { useHiddenApplied } from './view/useHiddenApplied.ts'
import { usePresentation } from './view/usePresentation.ts'
import { ViewOverlay } from './view/ViewOverlay.tsx'

// The table view loads only when someone opens it.
const TableView = lazy(() => import('./table/TableView.tsx'))

interface Props {
  readonly info: MapInfo
  readonly session: CollabSession
  readonly collab: Collab
}

/** The connection badge, the one part of the header that follows every save. */
function LiveConnectionBadge({ status }: { status: Store<ConnectionStatus> }) {
  const { state, pending } = useSyncExternalStore(status.subscribe, status.get)
  return <ConnectionBadge state={state} pending={pending} />
}

/**
 * The open map: header, toolbar, canvas, presence, dialogs. Lives inside a ReactFlowProvider.
 * The connection state reaches only the header badge, through a store, so a change of it does
 * not re-render the whole editor (when it still changed with every save, that was a third of
 * the time of each drag step on a 1 000-node map). Not a context: a changed context value makes
 * React search the whole tree below it, thousands of node and link fibers, for its readers.
 */
export function MapEditor({ info, session, collab }: Props) {
  const { status, synced, readonlyScope } = collab
  return (
    <MapEditorBody
      info={info}
      session={session}
      synced={synced}
      readonlyScope={readonlyScope}
      status={status}
    />
  )
}

interface BodyProps {
  readonly info: MapInfo
  readonly session: CollabSession
  readonly synced: boolean
  readonly readonlyScope: boolean
  readonly status: Store<ConnectionStatus>
}

const MapEditorBody = memo(function MapEditorBody({
  info,
  session,
  synced,
  readonlyScope,
  status,
}: BodyProps) {
  const { t } = useTranslation()
  const { doc, provider } = session
  const meeting = useMeetingValue(session, info.role)
  // The server's lock (meeting mode) decides for edit links; until its first state arrives,
  // what the map info and the connection's scope said. The moderation link is never locked.
  const locked = useStoreSlice(session.meeting.state, (s) =>
    s.received ? s.locked : (info.locked ?? false) || readonlyScope,
  )
  const gone = useStoreSlice(session.meeting.state, (s) => s.closed?.final === true)
  const readOnly = info.role === 'view' || gone || (info.role === 'edit' && locked)
  const meta = useMapMeta(doc, info)
  const flow = useFlowDoc(doc, useDescribe())
  const shown = useHiddenApplied(flow.nodes, flow.edges)
  const presentingNow = usePresentation()
  const [editing] = useState(() => createStore<NodeId | null>(null))
  const actions = useMapActions(doc, flow.setNodes, editing)
  const writePositions = usePositionWrites(doc)
  const { onNodesChange: applyLocally } = flow
  // A drag is one undo step: not merged with the edit before it nor with the next one.
  const undoGrouping = useMemo(() => createUndoGrouping(undoManagerOf(doc)), [doc])
  const onNodesChange = useCallback(
    (changes: NodeChange<FlowNode>[]) => {
      if (!readOnly) {
        undoGrouping.before(changes)
        writePositions(changes)
        undoGrouping.after(changes)
      }
      applyLocally(changes)
    },
    [readOnly, writePositions, applyLocally, undoGrouping],
  )

  const [name, setName] = useState(loadDisplayName)
  const [organisation, setOrganisation] = useState(loadOrganisation)
  const viewer = info.role === 'view'
  const [askName, setAskName] = useState(() => !viewer && loadDisplayName() === null)
  // A locked map keeps everyone in the list: presence depends on the link, not on the lock.
  const presence = usePresence(provider, viewer ? null : name)
  useEffect(() => {
    session.meeting.setIdentity(viewer ? null : name, organisation)
  }, [session.meeting, viewer, name, organisation])
  const [pending, setPending] = useState<{ source: NodeId; target: NodeId } | null>(null)

  const ui = useMemo<MapUi>(
    () => ({
      readOnly,
      editing,
      remoteSelection: presence.remoteSelection,
      rename: actions.rename,
    }),
    [readOnly, editing, presence.remoteSelection, actions.rename],
  )

  // Bring the whole map into view once, when the server's state first arrives (not later, when
  // someone else adds the first node: that would pull the viewport away under our hands).
  useInitialFit(synced, flow.nodes)

  const [selection] = useState(() => createStore<Selection>(EMPTY_SELECTION))
  const { setSelection } = presence
  const onSelectionChange = useCallback(
    ({ nodes, edges }: OnSelectionChangeParams) => {
      setSelection(nodes.map((n) => n.id))
      selection.set({
        nodes: nodes.map((n) => n.id as NodeId),
        edges: edges.map((e) => e.id as EdgeId),
      })
    },
    [setSelection, selection],
  )
  const rf = useReactFlow<FlowNode, FlowEdge>()
  const { setNodes, setEdges } = flow
  const [sidebarTab, setSidebarTab] = useState<string | null>(null)
  const editor = useMemo<Editor>(
    () => ({
      doc,
      provider,
      info,
      readOnly,
      actions,
      selection,
      select({ nodes = [], edges = [] }) {
        setNodes((prev) => selectOnly(prev, new Set<string>(nodes)))
        setEdges((prev) => selectOnlyEdges(prev, new Set<string>(edges)))
      },
      openTab: setSidebarTab,
      reveal({ nodes = [], edges = [] }) {
        const nodeIds = new Set<string>(nodes)
        const edgeIds = new Set<string>(edges)
        setNodes((prev) => selectOnly(prev, nodeIds))
        setEdges((prev) => selectOnlyEdges(prev, edgeIds))
        for (const edge of rf.getEdges()) {
          if (edgeIds.has(edge.id)) {
            nodeIds.add(edge.source)
            nodeIds.add(edge.target)
          }
        }
        if (nodeIds.size > 0) {
          void rf.fitView({
            nodes: [...nodeIds].map((id) => ({ id })),
            duration: 300,
            maxZoom: 1.5,
          })
        }
      },
    }),
    [doc, provider, info, readOnly, actions, selection, setNodes, setEdges, rf],
  )
  const [view, setView] = useState<MapView>('map')
  const onConnect = useCallback((c: Connection) => {
    if (c.source !== c.target)
      setPending({ source: c.source as NodeId, target: c.target as NodeId })
  }, [])
  const onStartRename = useCallback((id: NodeId) => editing.set(id), [editing])

  const selectedNodes = useMemo(() => flow.nodes.filter((n) => n.selected), [flow.nodes])
  const selectedEdges = useMemo(() => flow.edges.filter((e) => e.selected), [flow.edges])
  const labelOf = (id: string) => flow.nodes.find((n) => n.id === id)?.data.label ?? ''
  const inspected =
    selectedEdges.length === 1 && selectedNodes.length === 0 ? selectedEdges[0] : undefined

  // This component renders with every change of the nodes, i.e. every step of a drag. The parts
  // below do not depend on the nodes; kept as the same elements, React skips them (the toolbar
  // alone was some 40 components per drag step).
  const header = useMemo(
    () => (
      <MapHeader
        title={meta.title}
        area={meta.area}
        readOnly={readOnly}
        connection={<LiveConnectionBadge status={status} />}
      >
        <ViewSwitch view={view} onView={setView} />
        <MapHelp />
      </MapHeader>
    ),
    [meta.title, meta.area, readOnly, status, view],
  )
  const banners = useMemo(() => <MeetingBanners labelOf={(id) => recordLabel(doc, id)} />, [doc])
  const canConnect = selectedNodes.length === 2
  const canDelete = selectedNodes.length + selectedEdges.length > 0
  const toolbar = useMemo(
    () => (
      <Toolbar
        onAdd={actions.add}
        onConnect={() => {
          const [a, b] = rf.getNodes().filter((n) => n.selected)
          if (a && b) setPending({ source: a.id as NodeId, target: b.id as NodeId })
        }}
        onDelete={actions.deleteSelection}
        onFit={actions.fit}
        canConnect={canConnect}
        canDelete={canDelete}
      />
    ),
    [actions.add, actions.deleteSelection, actions.fit, rf, canConnect, canDelete],
  )
  const canvasLayers = useMemo(
    () => (
      <>
        <RemoteCursors participants={presence.cursors} />
        <MeetingCanvasLayer />
        <CanvasMenu />
        <ViewOverlay />
        <Panel position="top-right">
          <ParticipantList
            participants={presence.participants}
            onChangeName={viewer ? undefined : () => setAskName(true)}
            onFollow={(clientId) => meeting.following.set(clientId)}
          >
            {!viewer && name && <HandButton />}
          </ParticipantList>
        </Panel>
      </>
    ),
    [presence.cursors, presence.participants, viewer, name, meeting.following],
  )
  const sidebar = useMemo(() => <Sidebar open={sidebarTab} onOpen={setSidebarTab} />, [sidebarTab])

  return (
    <EditorContext.Provider value={editor}>
      <MapUiContext.Provider value={ui}>
        <div
          className={`map-layout${readOnly ? ' is-readonly' : ''}${presentingNow ? ' is-presenting' : ''}`}
        >
          {header}
          {banners}
          <main id="main" className="map-main">
            {!readOnly && view === 'map' && toolbar}
            {view === 'table' ? (
              <Suspense fallback={<p className="loading">{t('sidebar.loading')}</p>}>
                <TableView />
              </Suspense>
            ) : (
              <MapCanvas
                label={t('map.canvasLabel', { title: meta.title })}
                nodes={shown.nodes}
                edges={shown.edges}
                readOnly={readOnly}
                onNodesChange={onNodesChange}
                onEdgesChange={flow.onEdgesChange}
                onConnect={onConnect}
                onDelete={actions.removeFromDoc}
                onSelectionChange={onSelectionChange}
                onStartRename={onStartRename}
                onOpenProperties={() => {
                  setSidebarTab('properties')
                  requestPropertiesFocus()
                }}
                onBeforeDelete={(elements) => confirmDeletion(doc, elements)}
                onCursor={presence.setCursor}
              >
                {canvasLayers}
                {inspected && !readOnly && (
                  <Panel position="bottom-center">
                    <EdgeInspector
                      edge={inspected}
                      sourceLabel={labelOf(inspected.source)}
                      targetLabel={labelOf(inspected.target)}
                      onKind={actions.setEdgeKind}
                      onStatus={actions.setEdgeStatus}
                      onDelete={actions.deleteEdge}
                    />
                  </Panel>
                )}
              </MapCanvas>
            )}
            {sidebar}
          </main>
        </div>
        <EditingLayer nodes={flow.nodes} />
        {askName && (
          <NameDialog
            initial={name ?? ''}
            initialOrganisation={organisation}
            onSubmit={(chosen, chosenOrganisation) => {
              saveDisplayName(chosen)
              saveOrganisation(chosenOrganisation)
              setName(chosen)
              setOrganisation(chosenOrganisation)
              setAskName(false)
            }}
            onCancel={name ? () => setAskName(false) : undefined}
          />
        )}
        {pending && (
          <ConnectDialog
            sourceLabel={labelOf(pending.source)}
            targetLabel={labelOf(pending.target)}
            onCancel={() => setPending(null)}
            onSwap={() => setPending({ source: pending.target, target: pending.source })}
            onConfirm={(kind, status) => {
              actions.connect(pending.source, pending.target, kind, status)
              setPending(null)
            }}
          />
        )}
      </MapUiContext.Provider>
    </EditorContext.Provider>
  )
})
